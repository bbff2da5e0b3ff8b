-- SLA clocks of cases, stored as absolute instants (see cases/sla/SlaClock): the scheduler finds
-- what came due with an index, whichever WildFly instance runs it, and marks each warning and
-- breach fired in the transaction that records it on the case, so each fires exactly once.

CREATE TABLE case_deadline (
    id                  uuid PRIMARY KEY,
    case_id             uuid        NOT NULL REFERENCES service_case (id),
    network_code        text        NOT NULL,
    dealer_code         text        NOT NULL,
    clock               text        NOT NULL,
    timing              text        NOT NULL CHECK (timing IN ('WALL_CLOCK', 'WORKING_TIME')),
    duration_seconds    bigint      NOT NULL CHECK (duration_seconds > 0),
    warn_before_seconds bigint      NOT NULL DEFAULT 0 CHECK (warn_before_seconds >= 0),
    started_at          timestamptz NOT NULL,
    counted_seconds     bigint      NOT NULL DEFAULT 0,
    running_since       timestamptz,
    wait_state          text,
    pause_reason        text,
    due_at              timestamptz,
    warn_at             timestamptz,
    stopped_at          timestamptz,
    missing_year        integer,
    warned_at           timestamptz,
    breached_at         timestamptz,
    UNIQUE (case_id, clock),
    -- a paused clock has no due time, and names its wait state and reason
    CHECK ((running_since IS NULL) = (due_at IS NULL) OR stopped_at IS NOT NULL),
    CHECK (running_since IS NOT NULL OR stopped_at IS NOT NULL OR (wait_state IS NOT NULL AND pause_reason IS NOT NULL))
);
SELECT dealerhub_protect_tenant_table('case_deadline');

CREATE INDEX case_deadline_due ON case_deadline (due_at)
    WHERE breached_at IS NULL AND stopped_at IS NULL AND due_at IS NOT NULL;
CREATE INDEX case_deadline_warning ON case_deadline (warn_at)
    WHERE warned_at IS NULL AND breached_at IS NULL AND stopped_at IS NULL AND warn_at IS NOT NULL;
CREATE INDEX case_deadline_case ON case_deadline (case_id);

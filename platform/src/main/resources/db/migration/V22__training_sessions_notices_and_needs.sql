-- Training sessions, notices and needs (DOMAIN section 5): seat counts that every dealer's
-- enrolment sees, who has read which notice, and the training need, a TRAINING case with a
-- workflow of its own (submitted by a dealer, answered by a notice or declined with a reason).

-- The seats taken in a session, kept by a trigger on session_seat. A dealer's scope sees only its own
-- seats, so the capacity of a session shared by every dealer is counted here, and checked again here.
ALTER TABLE training_session
    ADD COLUMN seats_taken int NOT NULL DEFAULT 0,
    ADD CONSTRAINT training_session_capacity CHECK (seats_taken BETWEEN 0 AND seats);

CREATE FUNCTION dealerhub_count_session_seats() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE public.training_session SET seats_taken = seats_taken + 1 WHERE id = NEW.session_id;
        RETURN NEW;
    END IF;
    UPDATE public.training_session SET seats_taken = seats_taken - 1 WHERE id = OLD.session_id;
    RETURN OLD;
END
$$;

CREATE TRIGGER session_seat_count AFTER INSERT OR DELETE ON session_seat
    FOR EACH ROW EXECUTE FUNCTION dealerhub_count_session_seats();

UPDATE training_session s SET seats_taken = (SELECT count(*) FROM session_seat t WHERE t.session_id = s.id);

CREATE INDEX training_session_start ON training_session (network_code, starts_at);
CREATE INDEX training_notice_published ON training_notice (network_code, published_at DESC);

-- Who has opened which notice: the rest count as unread on the console's training home.
CREATE TABLE training_notice_read (
    notice_id    uuid        NOT NULL REFERENCES training_notice (id),
    network_code text        NOT NULL,
    username     text        NOT NULL,
    read_at      timestamptz NOT NULL,
    PRIMARY KEY (notice_id, username)
);
SELECT dealerhub_protect_network_shared_table('training_notice_read');

-- The training-specific part of a TRAINING case: what (the case's subject and description), how many
-- people in which roster roles, the preferred month; the notice that answered it or why it was declined.
CREATE TABLE training_need (
    id              uuid PRIMARY KEY REFERENCES service_case (id),
    network_code    text   NOT NULL,
    dealer_code     text   NOT NULL,
    people          int    NOT NULL CHECK (people BETWEEN 1 AND 500),
    roles           text[] NOT NULL DEFAULT '{}'
        CHECK (roles <@ ARRAY ['STATION_MANAGER', 'SERVICE_MANAGER', 'SERVICE_ADVISOR', 'TECHNICIAN', 'CLAIMS_CLERK', 'PARTS_CLERK']),
    preferred_month date CHECK (preferred_month IS NULL OR extract(DAY FROM preferred_month) = 1),
    notice_id       uuid REFERENCES training_notice (id),
    decline_reason  text
);
SELECT dealerhub_protect_tenant_table('training_need');
CREATE INDEX training_need_notice ON training_need (notice_id) WHERE notice_id IS NOT NULL;

-- The training department answers a need within 10 working days.
INSERT INTO default_clock_policy VALUES
    ('TRAINING', 'STANDARD', 'NEED_ANSWER', 288000, 'WORKING_TIME', 28800, '{}', '{}');
INSERT INTO clock_policy (network_code, case_type, variant, clock, duration_seconds, timing, warn_before_seconds,
                          notify_on_warning, notify_on_breach)
SELECT n.code, d.case_type, d.variant, d.clock, d.duration_seconds, d.timing, d.warn_before_seconds,
       d.notify_on_warning, d.notify_on_breach
FROM network n CROSS JOIN default_clock_policy d
WHERE d.case_type = 'TRAINING';

-- TRAINING cases opened under the generic workflow become training needs: open ones wait for the
-- training department (SUBMITTED), resolved or closed ones count as answered (without a notice). Each
-- change is on the case's timeline and reaches search through the outbox. Called again by demo data
-- loaded after this migration.
CREATE FUNCTION dealerhub_training_cases_become_needs() RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO training_need (id, network_code, dealer_code, people)
SELECT c.id, c.network_code, c.dealer_code, 1
FROM service_case c
WHERE c.type = 'TRAINING' AND c.state IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')
  AND NOT EXISTS (SELECT 1 FROM training_need n WHERE n.id = c.id);

INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state, note)
SELECT c.id, c.network_code, c.dealer_code, now(), 'system', 'MIGRATED', c.state,
       CASE WHEN c.state IN ('OPEN', 'IN_PROGRESS') THEN 'SUBMITTED' ELSE 'ANSWERED' END,
       'training needs follow a workflow of their own'
FROM service_case c
WHERE c.type = 'TRAINING' AND c.state IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

UPDATE service_case
SET state      = CASE WHEN state IN ('OPEN', 'IN_PROGRESS') THEN 'SUBMITTED' ELSE 'ANSWERED' END,
    version    = version + 1,
    updated_at = now()
WHERE type = 'TRAINING' AND state IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');

INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
SELECT e.id, e.version, e.network_code, e.dealer_code, e.payload
FROM case_changed_event e
WHERE e.id IN (SELECT id FROM training_need)
  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.aggregate_id = e.id AND o.aggregate_version = e.version);
$$;

SELECT dealerhub_training_cases_become_needs();

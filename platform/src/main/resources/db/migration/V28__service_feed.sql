-- The dealers' service-process feed (DOMAIN section 8, ADR 0018): snapshots of DMS records
-- (appointments, repair orders, follow-up calls, complaints, roadside rescues) sent in idempotent
-- batches. Every accepted event is kept, append-only; the record holds the latest snapshot by
-- occurredAt, with the document the feed index carries (kind fields and the derived booleans,
-- computed by the platform when it stores the record).

CREATE TABLE feed_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL REFERENCES dealer (code),
    key          text        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 100),
    kind         text        NOT NULL CHECK (kind IN ('APPOINTMENT', 'REPAIR_ORDER', 'FOLLOW_UP_CALL', 'COMPLAINT', 'ROADSIDE_RESCUE')),
    number       text        NOT NULL CHECK (char_length(number) BETWEEN 1 AND 50),
    occurred_at  timestamptz NOT NULL,
    payload      jsonb       NOT NULL,
    received_at  timestamptz NOT NULL,
    UNIQUE (dealer_code, key)
);
SELECT dealerhub_protect_tenant_table('feed_event');
REVOKE UPDATE, DELETE ON feed_event FROM ${app_role}, ${worker_role};

-- One row per DMS record; version grows with each snapshot that replaces the one before (the
-- feed index's external version).
CREATE TABLE feed_record (
    id           uuid PRIMARY KEY,
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL REFERENCES dealer (code),
    kind         text        NOT NULL,
    number       text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    event_id     bigint      NOT NULL REFERENCES feed_event (id),
    version      bigint      NOT NULL CHECK (version > 0),
    document     jsonb       NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (dealer_code, kind, number)
);
SELECT dealerhub_protect_tenant_table('feed_record');
REVOKE DELETE ON feed_record FROM ${app_role}, ${worker_role};
CREATE INDEX feed_record_updated ON feed_record (updated_at);

-- The record as indexed, built in one place for the outbox and for reindexing: the common fields
-- (with the dealer's name and region) followed by the record's own document.
CREATE VIEW feed_document WITH (security_invoker = true) AS
SELECT r.id,
       r.version,
       r.network_code,
       r.dealer_code,
       r.updated_at,
       jsonb_build_object(
               'id', r.id, 'network', r.network_code, 'dealerCode', r.dealer_code, 'dealerName', d.name,
               'regionCode', d.region_code, 'regionName', g.name, 'kind', r.kind, 'number', r.number,
               'occurredAt', r.occurred_at, 'version', r.version) || r.document AS document
FROM feed_record r
         JOIN dealer d ON d.code = r.dealer_code
         JOIN region g ON g.code = d.region_code;

-- The event of a record change, as the outbox stores it (envelope: common CaseEvents, type FeedRecordChanged).
CREATE VIEW feed_record_changed_event WITH (security_invoker = true) AS
SELECT id,
       version,
       network_code,
       dealer_code,
       jsonb_build_object('type', 'FeedRecordChanged', 'recordId', id, 'version', version,
                          'occurredAt', now(), 'document', document) AS payload
FROM feed_document;

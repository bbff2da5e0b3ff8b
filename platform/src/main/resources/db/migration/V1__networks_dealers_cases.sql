-- The tenancy registry (networks, regions, dealers), generic cases with their timeline,
-- and the outbox. Run by the schema owner; the application role gets DML only.
--
-- Row-level security is the second tenancy wall (the first is Hibernate's @TenantId):
-- every table below is ENABLEd and FORCEd, and its policy reads the caller's reach from
-- transaction-local settings (dealerhub.scope/network/dealer/regions, set by the
-- application at the start of each transaction). No setting: no rows.

CREATE TABLE network (
    code text PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE region (
    code         text PRIMARY KEY,
    network_code text NOT NULL REFERENCES network (code),
    name         text NOT NULL
);

CREATE TABLE dealer (
    code         text PRIMARY KEY,
    network_code text NOT NULL REFERENCES network (code),
    region_code  text NOT NULL REFERENCES region (code),
    name         text NOT NULL,
    city         text NOT NULL,
    status       text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    UNIQUE (code, network_code)
);
CREATE INDEX dealer_region ON dealer (region_code);

-- Whether the caller of the current transaction reaches a dealer of a network.
CREATE FUNCTION dealerhub_reaches(p_network text, p_dealer text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT CASE current_setting('dealerhub.scope', true)
           WHEN 'SYSTEM' THEN true
           WHEN 'NETWORK' THEN p_network = current_setting('dealerhub.network', true)
           WHEN 'DEALER' THEN p_network = current_setting('dealerhub.network', true)
               AND p_dealer = current_setting('dealerhub.dealer', true)
           WHEN 'REGIONS' THEN p_network = current_setting('dealerhub.network', true)
               AND EXISTS (SELECT 1
                           FROM dealer d
                           WHERE d.code = p_dealer
                             AND d.region_code = ANY (string_to_array(current_setting('dealerhub.regions', true), ',')))
           ELSE false
           END
$$;

-- The registry is visible within the caller's own network (and to the platform operator).
CREATE FUNCTION dealerhub_sees_network(p_network text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT current_setting('dealerhub.scope', true) IN ('SYSTEM', 'PLATFORM')
           OR p_network = current_setting('dealerhub.network', true)
$$;

CREATE TABLE service_case (
    id           uuid PRIMARY KEY,
    number       text        NOT NULL UNIQUE,
    type         text        NOT NULL,
    state        text        NOT NULL,
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL,
    subject      text        NOT NULL,
    description  text        NOT NULL DEFAULT '',
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    FOREIGN KEY (dealer_code, network_code) REFERENCES dealer (code, network_code)
);
CREATE INDEX service_case_dealer ON service_case (dealer_code, created_at DESC);
CREATE INDEX service_case_network ON service_case (network_code, created_at DESC);

CREATE SEQUENCE case_number_seq;

CREATE TABLE case_timeline (
    id           bigserial PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES service_case (id),
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL,
    at           timestamptz NOT NULL,
    actor        text        NOT NULL,
    action       text        NOT NULL,
    from_state   text,
    to_state     text        NOT NULL,
    note         text
);
CREATE INDEX case_timeline_case ON case_timeline (case_id, id);

-- Changes waiting to be published to Kafka; a row is written in the same transaction as
-- the change it describes. Published rows are kept for a while for diagnosis.
CREATE TABLE outbox (
    id                bigserial PRIMARY KEY,
    aggregate_id      uuid        NOT NULL,
    aggregate_version bigint      NOT NULL,
    network_code      text        NOT NULL,
    dealer_code       text        NOT NULL,
    payload           jsonb       NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    published_at      timestamptz
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;

-- The case as indexed for search, built in one place for the outbox and for reindexing.
CREATE VIEW case_document WITH (security_invoker = true) AS
SELECT c.id,
       c.version,
       c.network_code,
       c.dealer_code,
       jsonb_build_object(
               'id', c.id, 'number', c.number, 'type', c.type, 'state', c.state,
               'network', c.network_code, 'dealerCode', c.dealer_code, 'dealerName', d.name,
               'regionCode', d.region_code, 'regionName', r.name,
               'subject', c.subject, 'description', c.description, 'createdBy', c.created_by,
               'createdAt', c.created_at, 'updatedAt', c.updated_at, 'version', c.version,
               'timeline', COALESCE((SELECT jsonb_agg(jsonb_build_object(
                                                      'at', t.at, 'actor', t.actor, 'action', t.action,
                                                      'fromState', t.from_state, 'toState', t.to_state,
                                                      'note', t.note) ORDER BY t.id)
                                     FROM case_timeline t
                                     WHERE t.case_id = c.id), '[]'::jsonb)
       ) AS document
FROM service_case c
         JOIN dealer d ON d.code = c.dealer_code
         JOIN region r ON r.code = d.region_code;

-- The event of a case change, as the outbox stores it (envelope: common CaseEvents).
CREATE VIEW case_changed_event WITH (security_invoker = true) AS
SELECT id,
       version,
       network_code,
       dealer_code,
       jsonb_build_object('type', 'CaseChanged', 'caseId', id, 'version', version,
                          'occurredAt', now(), 'document', document) AS payload
FROM case_document;

-- Row-level security for a table of the tenancy registry: visible within the caller's network.
CREATE FUNCTION dealerhub_protect_registry_table(p_table regclass, p_network_column text) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('CREATE POLICY network_isolation ON %s USING (dealerhub_sees_network(%I)) WITH CHECK (dealerhub_sees_network(%I))',
                   p_table, p_network_column, p_network_column);
END
$$;

-- Row-level security for a dealer-owned table (columns network_code and dealer_code).
-- Every migration that adds such a table calls this.
CREATE FUNCTION dealerhub_protect_tenant_table(p_table regclass) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (dealerhub_reaches(network_code, dealer_code)) '
                       || 'WITH CHECK (dealerhub_reaches(network_code, dealer_code))', p_table);
END
$$;

SELECT dealerhub_protect_registry_table('network', 'code');
SELECT dealerhub_protect_registry_table('region', 'network_code');
SELECT dealerhub_protect_registry_table('dealer', 'network_code');
SELECT dealerhub_protect_tenant_table('service_case');
SELECT dealerhub_protect_tenant_table('case_timeline');
SELECT dealerhub_protect_tenant_table('outbox');

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
REVOKE ALL ON flyway_schema_history FROM ${app_role};

-- The SYSTEM scope (every network, every dealer) is for the platform's own background work: the
-- outbox relay and the reindex. Until now any session could enter it, because every role may set
-- custom dealerhub.* settings: an SQL injection or a bug in request code that ran
-- set_config('dealerhub.scope', 'SYSTEM', true) lifted row-level security.
--
-- Now the policies decide themselves: SYSTEM counts only for a member of the NOLOGIN role
-- dealerhub_system. The database administrator grants it to the worker role (background work,
-- DEALERHUB_DB_WORKER_USER) and to the schema owner (migrations; FORCE ROW LEVEL SECURITY applies
-- to the owner too), never to the application role that serves requests. For any other role
-- SYSTEM shows nothing, and dealerhub_enter_scope refuses it with an error.
--
-- The policy functions stay inlinable (see V6): SQL, STABLE, no SET clause, every name
-- schema-qualified. The role check is evaluated only in the SYSTEM branch.

DO
$$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'dealerhub_system') THEN
        RAISE EXCEPTION 'role dealerhub_system does not exist'
            USING HINT = 'as a database administrator: CREATE ROLE dealerhub_system NOLOGIN; GRANT dealerhub_system TO ${worker_role}, '
                || CURRENT_USER;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${worker_role}') THEN
        RAISE EXCEPTION 'the worker role ${worker_role} (DEALERHUB_DB_WORKER_USER) does not exist';
    END IF;
    IF NOT pg_catalog.pg_has_role(CURRENT_USER, 'dealerhub_system', 'MEMBER') THEN
        RAISE EXCEPTION 'the schema owner % must be a member of dealerhub_system: migrations move data across every tenant', CURRENT_USER;
    END IF;
    IF NOT pg_catalog.pg_has_role('${worker_role}', 'dealerhub_system', 'MEMBER') THEN
        RAISE EXCEPTION 'the worker role ${worker_role} must be a member of dealerhub_system';
    END IF;
    IF pg_catalog.pg_has_role('${app_role}', 'dealerhub_system', 'MEMBER') THEN
        RAISE EXCEPTION 'the application role ${app_role} must not be a member of dealerhub_system: it serves requests';
    END IF;
END
$$;

-- Whether the current role may enter the SYSTEM scope: the one place that names the trusted role.
CREATE FUNCTION dealerhub_may_enter_system() RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT pg_catalog.pg_has_role(CURRENT_USER, 'dealerhub_system', 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION dealerhub_reaches(p_network text, p_dealer text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT CASE pg_catalog.current_setting('dealerhub.scope', true)
           WHEN 'SYSTEM' THEN public.dealerhub_may_enter_system()
           WHEN 'NETWORK' THEN p_network = pg_catalog.current_setting('dealerhub.network', true)
           WHEN 'DEALER' THEN p_network = pg_catalog.current_setting('dealerhub.network', true)
               AND p_dealer = pg_catalog.current_setting('dealerhub.dealer', true)
           WHEN 'REGIONS' THEN p_network = pg_catalog.current_setting('dealerhub.network', true)
               AND p_dealer = ANY (pg_catalog.string_to_array(pg_catalog.current_setting('dealerhub.region_dealers', true), ','))
           ELSE false
           END
$$;

CREATE OR REPLACE FUNCTION dealerhub_sees_network(p_network text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT CASE pg_catalog.current_setting('dealerhub.scope', true)
           WHEN 'SYSTEM' THEN public.dealerhub_may_enter_system()
           WHEN 'PLATFORM' THEN true
           ELSE p_network = pg_catalog.current_setting('dealerhub.network', true)
           END
$$;

CREATE OR REPLACE FUNCTION dealerhub_administers_network(p_network text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT CASE pg_catalog.current_setting('dealerhub.scope', true)
           WHEN 'SYSTEM' THEN public.dealerhub_may_enter_system()
           WHEN 'PLATFORM' THEN true
           WHEN 'NETWORK' THEN p_network = pg_catalog.current_setting('dealerhub.network', true)
           ELSE false
           END
$$;

CREATE OR REPLACE FUNCTION dealerhub_enter_scope(p_scope text, p_network text, p_dealer text, p_regions text) RETURNS text
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    -- The policies would show such a transaction nothing; a clear error finds the bug sooner.
    IF p_scope = 'SYSTEM' AND NOT public.dealerhub_may_enter_system() THEN
        RAISE EXCEPTION 'role % may not enter the SYSTEM scope', CURRENT_USER
            USING ERRCODE = 'insufficient_privilege',
                HINT = 'background work connects as the worker role (DEALERHUB_DB_WORKER_USER)';
    END IF;
    PERFORM pg_catalog.set_config('dealerhub.scope', p_scope, true),
            pg_catalog.set_config('dealerhub.network', p_network, true),
            pg_catalog.set_config('dealerhub.dealer', p_dealer, true),
            pg_catalog.set_config('dealerhub.regions', p_regions, true);
    -- Read under the scope just set: the registry of the caller's own network.
    PERFORM pg_catalog.set_config('dealerhub.region_dealers',
                                  COALESCE((SELECT pg_catalog.string_agg(d.code, ',' ORDER BY d.code)
                                            FROM public.dealer d
                                            WHERE p_scope = 'REGIONS'
                                              AND d.network_code = p_network
                                              AND d.region_code = ANY (pg_catalog.string_to_array(p_regions, ','))), ''),
                                  true);
    RETURN p_scope;
END
$$;

-- The worker role gets the application role's privileges (V1 to V5), by the same means, so that
-- tables created later are covered too. A later migration that grants or revokes on a table by
-- hand names both roles.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${worker_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${worker_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${worker_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${worker_role};
REVOKE ALL ON flyway_schema_history FROM ${worker_role};
REVOKE UPDATE, DELETE ON admin_audit FROM ${worker_role};

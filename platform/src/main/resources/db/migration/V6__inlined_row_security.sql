-- Row-level security functions are evaluated for every row a policy guards. A SQL function
-- with a SET clause or a sub-query is called row by row (a count over 40,000 claims took over
-- a second, a regional manager's queue over a region's 58,000 claims 1.3 s); one without is
-- inlined into the query, where it costs a comparison and lets an index on network_code or
-- dealer_code serve the policy.
--
-- So the policy functions carry no SET clause, and every name in them is schema-qualified, so
-- that no session object can stand in for it. A regional manager's reach is not looked up per
-- row: the dealers of the caller's regions are listed once, when the transaction enters its
-- scope, in the setting dealerhub.region_dealers, and the policy compares against that list.
--
-- dealerhub_enter_scope is the one way to set a transaction's scope: the application calls it
-- at the start of every transaction. It has no SET clause either (one would also undo its
-- settings when it returns).

CREATE FUNCTION dealerhub_enter_scope(p_scope text, p_network text, p_dealer text, p_regions text) RETURNS text
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
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

CREATE OR REPLACE FUNCTION dealerhub_reaches(p_network text, p_dealer text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT CASE pg_catalog.current_setting('dealerhub.scope', true)
           WHEN 'SYSTEM' THEN true
           WHEN 'NETWORK' THEN p_network = pg_catalog.current_setting('dealerhub.network', true)
           WHEN 'DEALER' THEN p_network = pg_catalog.current_setting('dealerhub.network', true)
               AND p_dealer = pg_catalog.current_setting('dealerhub.dealer', true)
           WHEN 'REGIONS' THEN p_network = pg_catalog.current_setting('dealerhub.network', true)
               AND p_dealer = ANY (pg_catalog.string_to_array(pg_catalog.current_setting('dealerhub.region_dealers', true), ','))
           ELSE false
           END
$$;
ALTER FUNCTION dealerhub_reaches(text, text) RESET ALL;

CREATE OR REPLACE FUNCTION dealerhub_sees_network(p_network text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT pg_catalog.current_setting('dealerhub.scope', true) IN ('SYSTEM', 'PLATFORM')
           OR p_network = pg_catalog.current_setting('dealerhub.network', true)
$$;
ALTER FUNCTION dealerhub_sees_network(text) RESET ALL;

CREATE OR REPLACE FUNCTION dealerhub_administers_network(p_network text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT pg_catalog.current_setting('dealerhub.scope', true) IN ('SYSTEM', 'PLATFORM')
           OR (pg_catalog.current_setting('dealerhub.scope', true) = 'NETWORK'
        AND p_network = pg_catalog.current_setting('dealerhub.network', true))
$$;
ALTER FUNCTION dealerhub_administers_network(text) RESET ALL;

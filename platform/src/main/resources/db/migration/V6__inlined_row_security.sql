-- Row-level security functions are evaluated for every row a policy guards. A SQL function
-- with a SET clause or a sub-query is called row by row (a count over 40,000 claims took over
-- a second); one without is inlined into the query, where it costs a comparison and lets an
-- index on network_code or dealer_code serve the policy.
--
-- So the policy functions carry no SET clause, and every name in them is schema-qualified, so
-- that no session object can stand in for it. The one case that reads a table, a regional
-- manager's regions, is a function of its own, called only in that scope.

CREATE FUNCTION dealerhub_dealer_in_regions(p_dealer text) RETURNS boolean
    LANGUAGE sql STABLE AS
$$
SELECT EXISTS (SELECT 1
               FROM public.dealer d
               WHERE d.code = p_dealer
                 AND d.region_code = ANY (pg_catalog.string_to_array(pg_catalog.current_setting('dealerhub.regions', true), ',')))
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
               AND public.dealerhub_dealer_in_regions(p_dealer)
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

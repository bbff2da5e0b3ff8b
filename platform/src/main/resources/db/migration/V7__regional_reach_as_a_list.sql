-- A regional manager's reach was checked row by row, by a function reading the dealer table
-- (listing a region's claims took seconds once its dealers had tens of thousands). Now the
-- dealers of the caller's regions are listed once, when the transaction enters its scope, in
-- the setting dealerhub.region_dealers; the policy compares against that list and is inlined
-- like the other scopes.
--
-- dealerhub_enter_scope is the one way to set a transaction's scope: the application calls it
-- at the start of every transaction. Every name in it is schema-qualified and it has no SET
-- clause (a SET clause would also undo its settings when it returns).

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

DROP FUNCTION dealerhub_dealer_in_regions(text);

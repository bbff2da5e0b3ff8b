-- The registry (networks, regions, dealers, network policy) is read by every user of the
-- network but written only by head office, the platform operator and system work; until now
-- only the application kept dealer staff from writing it. The audit log stays writable by
-- every user of the network (dealer admins record their own changes), append-only.
--
-- Row-level security functions run with a fixed search_path, so that no session object can
-- stand in for the tables they read.

ALTER FUNCTION dealerhub_reaches(text, text) SET search_path = public;
ALTER FUNCTION dealerhub_sees_network(text) SET search_path = public;

CREATE FUNCTION dealerhub_administers_network(p_network text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = public AS
$$
SELECT current_setting('dealerhub.scope', true) IN ('SYSTEM', 'PLATFORM')
           OR (current_setting('dealerhub.scope', true) = 'NETWORK'
        AND p_network = current_setting('dealerhub.network', true))
$$;

CREATE FUNCTION dealerhub_protect_administered_table(p_table regclass, p_network_column text) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('DROP POLICY IF EXISTS network_isolation ON %s', p_table);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('CREATE POLICY network_read ON %s FOR SELECT USING (dealerhub_sees_network(%I))', p_table, p_network_column);
    EXECUTE format('CREATE POLICY network_administration ON %s USING (dealerhub_administers_network(%I)) '
                       || 'WITH CHECK (dealerhub_administers_network(%I))', p_table, p_network_column, p_network_column);
END
$$;

SELECT dealerhub_protect_administered_table('network', 'code');
SELECT dealerhub_protect_administered_table('region', 'network_code');
SELECT dealerhub_protect_administered_table('dealer', 'network_code');
SELECT dealerhub_protect_administered_table('network_policy', 'network_code');

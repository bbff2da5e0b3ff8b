package com.dealerhub.it;

import com.dealerhub.it.support.Stack;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database wall on its own: native SQL as the application role, with Hibernate's tenant
 * filter out of the picture, sees and changes only what the transaction's scope allows. The
 * SYSTEM scope is the worker role's alone.
 */
class RowLevelSecurityIT {

    /** A call of one of the policy functions, which an inlined policy no longer shows. */
    private static final String POLICY_FUNCTION_CALL = "dealerhub_\\w+\\(";

    @Test
    void aDealersSettingsHideOtherDealersRows() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "DEALER", "aurora", "aurora-e01", "");

            assertThat(count(db, "SELECT count(*) FROM service_case WHERE dealer_code = 'aurora-e02'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM case_timeline WHERE dealer_code <> 'aurora-e01'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM outbox WHERE dealer_code <> 'aurora-e01'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM service_case")).isPositive();
            assertThat(count(db, "SELECT count(DISTINCT dealer_code) FROM service_case")).isEqualTo(1);
        }
    }

    @Test
    void noSettingsShowNothing() throws SQLException {
        try (Connection db = connect()) {
            assertThat(count(db, "SELECT count(*) FROM service_case")).isZero();
            assertThat(count(db, "SELECT count(*) FROM dealer")).isZero();
            assertThat(count(db, "SELECT count(*) FROM outbox")).isZero();
        }
    }

    @Test
    void aDealerCannotUpdateAnotherDealersRow() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "DEALER", "aurora", "aurora-e01", "");

            assertThat(db.createStatement().executeUpdate(
                    "UPDATE service_case SET subject = 'taken over' WHERE dealer_code = 'aurora-e02'")).isZero();
            assertThatThrownBy(() -> db.createStatement().executeUpdate(
                    "UPDATE service_case SET dealer_code = 'aurora-e02' WHERE dealer_code = 'aurora-e01'"))
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void aDealerCannotInsertRowsForAnotherDealer() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "DEALER", "aurora", "aurora-e01", "");

            assertThatThrownBy(() -> db.createStatement().executeUpdate("""
                    INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, description,
                                              created_by, created_at, updated_at, version)
                    VALUES (gen_random_uuid(), 'RLS-1', 'COMPLAINT', 'OPEN', 'aurora', 'aurora-e02', 's', 'd', 'x', now(), now(), 0)"""))
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void dealerStaffReadTheRegistryButCannotChangeIt() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "DEALER", "aurora", "aurora-e01", "");

            assertThat(count(db, "SELECT count(*) FROM dealer")).isEqualTo(count(db, "SELECT count(*) FROM dealer WHERE network_code = 'aurora'"))
                    .isPositive();
            assertThat(db.createStatement().executeUpdate("UPDATE dealer SET status = 'ACTIVE' WHERE code = 'aurora-e01'")).isZero();
            assertThat(db.createStatement().executeUpdate("UPDATE network_policy SET account_request_window_months = 1")).isZero();
        }
    }

    @Test
    void aRegionalScopeSeesOnlyItsRegionsDealers() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "REGIONS", "aurora", "", "aurora-south");

            assertThat(count(db, "SELECT count(*) FROM service_case")).isPositive();
            assertThat(count(db, """
                    SELECT count(*) FROM service_case c JOIN dealer d ON d.code = c.dealer_code
                    WHERE d.region_code <> 'aurora-south'""")).isZero();
        }
    }

    @Test
    void networksAreIsolated() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "NETWORK", "borealis", "", "");

            assertThat(count(db, "SELECT count(*) FROM service_case WHERE network_code <> 'borealis'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM dealer WHERE network_code <> 'borealis'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM network")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM service_case")).isPositive();
        }
    }

    @Test
    void policiesAreInlinedSoThatADealersQueryUsesItsIndex() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "DEALER", "aurora", "aurora-e01", "");

            String plan = explain(db, "SELECT count(*) FROM warranty_claim WHERE dealer_code = 'aurora-e01' AND idempotency_key = 'k'");
            assertThat(plan).doesNotContain("dealerhub_reaches").contains("current_setting").containsIgnoringCase("index");
            assertThat(explain(db, "SELECT count(*) FROM dealer WHERE code = 'aurora-e01'")).doesNotContain("dealerhub_sees_network");
        }
    }

    @Test
    void aRegionalScopeListsItsDealersOnceAndItsPolicyIsInlined() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "REGIONS", "aurora", "", "aurora-south,aurora-west");

            String listed = text(db, "SELECT current_setting('dealerhub.region_dealers')");
            assertThat(listed.split(",")).isNotEmpty().allMatch(code -> code.startsWith("aurora-s") || code.startsWith("aurora-w"));
            assertThat(listed.split(",")).hasSize((int) count(db,
                    "SELECT count(*) FROM dealer WHERE region_code IN ('aurora-south', 'aurora-west')"));
            assertThat(explain(db, "SELECT count(*) FROM warranty_claim WHERE dealer_code = 'aurora-s01'"))
                    .doesNotContainPattern(POLICY_FUNCTION_CALL);
        }
    }

    @Test
    void anotherScopeListsNoRegionalDealers() throws SQLException {
        try (Connection db = connect()) {
            scope(db, "NETWORK", "aurora", "", "aurora-south");

            assertThat(text(db, "SELECT current_setting('dealerhub.region_dealers')")).isEmpty();
        }
    }

    @Test
    void aSessionTableCannotStandInForTheRegistryInAPolicy() throws SQLException {
        try (Connection db = connect()) {
            db.createStatement().execute("CREATE TEMPORARY TABLE dealer (code text, region_code text)");
            db.createStatement().execute("INSERT INTO dealer VALUES ('aurora-e01', 'aurora-south')");
            scope(db, "REGIONS", "aurora", "", "aurora-south");

            assertThat(count(db, "SELECT count(*) FROM service_case WHERE dealer_code = 'aurora-e01'")).isZero();
        }
    }

    @Test
    void theApplicationRoleCannotSwitchRowLevelSecurityOff() throws SQLException {
        try (Connection db = connect()) {
            assertThatThrownBy(() -> db.createStatement().execute("ALTER TABLE service_case DISABLE ROW LEVEL SECURITY"))
                    .hasMessageContaining("must be owner");
            db.rollback();
            assertThat(count(db, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)"))
                    .isZero();
        }
    }

    @Test
    void everyDealerOwnedTableForcesRowLevelSecurity() throws SQLException {
        try (Connection db = connect()) {
            String dealerOwnedTables = """
                    FROM information_schema.columns c JOIN pg_class t ON t.relname = c.table_name AND t.relkind = 'r'
                    WHERE c.table_schema = 'public' AND c.column_name = 'dealer_code'""";

            assertThat(count(db, "SELECT count(*) " + dealerOwnedTables)).isGreaterThanOrEqualTo(3);
            assertThat(count(db, "SELECT count(*) " + dealerOwnedTables
                    + " AND NOT (t.relrowsecurity AND t.relforcerowsecurity)")).isZero();
        }
    }

    @Test
    void theApplicationRoleGainsNothingBySettingTheSystemScopeItself() throws SQLException {
        try (Connection db = connect()) {
            db.createStatement().execute("SELECT set_config('dealerhub.scope', 'SYSTEM', true)");

            assertThat(count(db, "SELECT count(*) FROM service_case WHERE network_code = 'borealis'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM service_case")).isZero();
            assertThat(count(db, "SELECT count(*) FROM outbox")).isZero();
            assertThat(count(db, "SELECT count(*) FROM dealer")).isZero();
            assertThat(db.createStatement().executeUpdate("UPDATE network_policy SET account_request_window_months = 1")).isZero();
        }
        try (Connection db = connect()) {
            db.createStatement().execute("SET dealerhub.scope = 'SYSTEM'");

            assertThat(count(db, "SELECT count(*) FROM service_case WHERE network_code = 'borealis'")).isZero();
        }
    }

    @Test
    void theApplicationRoleIsRefusedTheSystemScope() throws SQLException {
        try (Connection db = connect()) {
            assertThatThrownBy(() -> scope(db, "SYSTEM", "", "", ""))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("may not enter the SYSTEM scope")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            db.rollback();
            assertThatThrownBy(() -> db.createStatement().execute("SET ROLE dealerhub_worker"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theWorkerRoleSeesEveryNetworkInTheSystemScope() throws SQLException {
        try (Connection db = connectAsWorker()) {
            scope(db, "SYSTEM", "", "", "");

            assertThat(count(db, "SELECT count(*) FROM service_case WHERE network_code = 'borealis'")).isPositive();
            assertThat(count(db, "SELECT count(*) FROM service_case WHERE network_code = 'aurora'")).isPositive();
            assertThat(count(db, "SELECT count(DISTINCT network_code) FROM dealer")).isEqualTo(2);
            assertThat(count(db, "SELECT count(*) FROM case_document")).isEqualTo(count(db, "SELECT count(*) FROM service_case"));
            assertThat(explain(db, "SELECT count(*) FROM warranty_claim WHERE dealer_code = 'aurora-e01'"))
                    .doesNotContainPattern(POLICY_FUNCTION_CALL).contains("pg_has_role");
        }
    }

    @Test
    void theWorkerRoleIsBoundByTheOtherScopesLikeAnyRole() throws SQLException {
        try (Connection db = connectAsWorker()) {
            scope(db, "DEALER", "aurora", "aurora-e01", "");

            assertThat(count(db, "SELECT count(DISTINCT dealer_code) FROM service_case")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)"))
                    .isZero();
        }
    }

    @Test
    void theWorkerRoleIsGrantedWhatTheApplicationRoleIs() throws SQLException {
        try (Connection db = connect()) {
            String differences = """
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
                         unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) AS p(privilege)
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v')
                      AND has_table_privilege('dealerhub_app', c.oid, p.privilege)
                          <> has_table_privilege('dealerhub_worker', c.oid, p.privilege)""";

            assertThat(count(db, differences)).isZero();
            assertThat(count(db, "SELECT count(*) FROM pg_class WHERE relname = 'admin_audit' "
                    + "AND has_table_privilege('dealerhub_worker', oid, 'DELETE')")).isZero();
        }
    }

    private static Connection connect() throws SQLException {
        return connect("dealerhub_app", Stack.databasePassword());
    }

    private static Connection connectAsWorker() throws SQLException {
        return connect("dealerhub_worker", Stack.workerDatabasePassword());
    }

    private static Connection connect(String role, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(Stack.databaseUrl(), role, password);
        connection.setAutoCommit(false);
        return connection;
    }

    private static void scope(Connection db, String scope, String network, String dealer, String regions) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT dealerhub_enter_scope(?, ?, ?, ?)")) {
            statement.setString(1, scope);
            statement.setString(2, network);
            statement.setString(3, dealer);
            statement.setString(4, regions);
            statement.execute();
        }
    }

    private static String explain(Connection db, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = db.createStatement().executeQuery("EXPLAIN " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package com.dealerhub.tenantadmin.dealers;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.keycloak.KeycloakAdmin;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Head office shapes its network: regions, dealers, moves between regions, suspension.
 * A dealer is also a Keycloak Organization; its organization is created first (reused if
 * it exists), so a failed database write can simply be retried.
 */
@ApplicationScoped
public class DealerAdministration {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    @Inject
    DealerDirectory directory;

    @Inject
    KeycloakAdmin keycloak;

    public RegionView createRegion(Caller caller, NewRegionRequest request) throws SQLException {
        NetworkAdministrators.require(caller);
        RegionView region = new RegionView(request.code(), caller.network(), request.name().strip());
        ScopedJdbc.write(dataSource, caller, connection -> {
            update(connection, "INSERT INTO region (code, network_code, name) VALUES (?, ?, ?)",
                    region.code(), region.network(), region.name());
            AuditLog.record(connection, caller, caller.network(), "REGION_CREATED", "region", region.code(), null, json(region));
            return null;
        });
        return region;
    }

    public DealerView createDealer(Caller caller, NewDealerRequest request) throws SQLException {
        NetworkAdministrators.require(caller);
        requireRegionOf(caller, request.region());
        DealerView dealer = new DealerView(request.code(), caller.network(), request.region(), request.name().strip(),
                request.city().strip(), "ACTIVE");
        // Organization names are unique in Keycloak; the code makes them so.
        KeycloakAdmin.Organization organization = keycloak.createOrganization(dealer.code(), dealer.code() + " " + dealer.name());
        try {
            ScopedJdbc.write(dataSource, caller, connection -> {
                update(connection, "INSERT INTO dealer (code, network_code, region_code, name, city) VALUES (?, ?, ?, ?, ?)",
                        dealer.code(), dealer.network(), dealer.region(), dealer.name(), dealer.city());
                AuditLog.record(connection, caller, caller.network(), "DEALER_CREATED", "dealer", dealer.code(), null, json(dealer));
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            keycloak.deleteOrganization(organization.id());
            throw e;
        }
        return dealer;
    }

    public DealerView move(Caller caller, String code, MoveDealerRequest request) throws SQLException {
        NetworkAdministrators.require(caller);
        DealerView before = directory.dealer(caller, code);
        requireRegionOf(caller, request.region());
        DealerView after = new DealerView(before.code(), before.network(), request.region(), before.name(), before.city(), before.status());
        ScopedJdbc.write(dataSource, caller, connection -> {
            update(connection, "UPDATE dealer SET region_code = ? WHERE code = ?", after.region(), code);
            reindexCasesOf(connection, code);
            AuditLog.record(connection, caller, caller.network(), "DEALER_MOVED", "dealer", code, json(before), json(after));
            return null;
        });
        return after;
    }

    /**
     * Suspends or reactivates a dealer: its users are refused by the API at once, and by Keycloak's
     * organization. The dealer row stays locked until Keycloak agrees, so concurrent calls cannot
     * leave the two disagreeing, and a repeated call repairs a Keycloak that missed the last one.
     */
    public DealerView setActive(Caller caller, String code, boolean active) throws SQLException {
        NetworkAdministrators.require(caller);
        DealerView before = directory.dealer(caller, code);
        String status = active ? "ACTIVE" : "SUSPENDED";
        DealerView after = new DealerView(before.code(), before.network(), before.region(), before.name(), before.city(), status);
        ScopedJdbc.write(dataSource, caller, connection -> {
            update(connection, "SELECT code FROM dealer WHERE code = ? FOR UPDATE", code);
            if (!before.status().equals(status)) {
                update(connection, "UPDATE dealer SET status = ? WHERE code = ?", status, code);
                AuditLog.record(connection, caller, caller.network(), active ? "DEALER_REACTIVATED" : "DEALER_SUSPENDED",
                        "dealer", code, json(before), json(after));
            }
            keycloak.setOrganizationEnabled(code, active);
            return null;
        });
        return after;
    }

    /**
     * Search documents carry the dealer's region; a move publishes every case of the dealer again,
     * at a new version, so that search places them in the new region.
     */
    private static void reindexCasesOf(Connection connection, String dealer) throws SQLException {
        update(connection, "UPDATE service_case SET version = version + 1 WHERE dealer_code = ?", dealer);
        update(connection, """
                INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
                SELECT id, version, network_code, dealer_code, payload FROM case_changed_event WHERE dealer_code = ?""", dealer);
    }

    private void requireRegionOf(Caller caller, String region) throws SQLException {
        boolean known = directory.regions(caller).stream().anyMatch(r -> r.code().equals(region));
        if (!known) {
            throw new InvalidField("region", "no such region in your network");
        }
    }

    /** Runs one statement; a taken code (unique across every network) is a conflict. */
    private static void update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new Conflict("code " + values[0] + " is taken");
            }
            throw e;
        }
    }

    static JsonObject json(DealerView d) {
        return JSON.createObjectBuilder().add("code", d.code()).add("network", d.network()).add("region", d.region())
                .add("name", d.name()).add("city", d.city()).add("status", d.status()).build();
    }

    static JsonObject json(RegionView r) {
        return JSON.createObjectBuilder().add("code", r.code()).add("network", r.network()).add("name", r.name()).build();
    }
}

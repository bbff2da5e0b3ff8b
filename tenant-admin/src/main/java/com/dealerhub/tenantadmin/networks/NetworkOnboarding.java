package com.dealerhub.tenantadmin.networks;

import com.dealerhub.common.problem.Conflict;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.AccessTokenClaims;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.tenancy.ScopedJdbc;
import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.tenantadmin.dealers.RegionView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static com.dealerhub.common.json.Jsons.JSON;

/** The platform operator onboards an OEM network with its first regions; head office takes it from there. */
@ApplicationScoped
public class NetworkOnboarding {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    public NetworkView onboard(Caller caller, NewNetworkRequest request) throws SQLException {
        if (caller.scope() != CallerScope.PLATFORM || !caller.hasRole(AccessTokenClaims.PLATFORM_ADMIN_ROLE)) {
            throw new Forbidden("only the platform operator onboards networks");
        }
        List<RegionView> regions = request.regions().stream()
                .map(r -> new RegionView(r.code(), request.code(), r.name().strip())).toList();
        NetworkView network = new NetworkView(request.code(), request.name().strip(), regions);
        try {
            ScopedJdbc.write(dataSource, caller, connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO network (code, name) VALUES (?, ?)")) {
                    insert.setString(1, network.code());
                    insert.setString(2, network.name());
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO region (code, network_code, name) VALUES (?, ?, ?)")) {
                    for (RegionView region : regions) {
                        insert.setString(1, region.code());
                        insert.setString(2, region.network());
                        insert.setString(3, region.name());
                        insert.executeUpdate();
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO network_policy (network_code) VALUES (?)")) {
                    insert.setString(1, network.code());
                    insert.executeUpdate();
                }
                AuditLog.record(connection, caller, network.code(), "NETWORK_ONBOARDED", "network", network.code(), null,
                        JSON.createObjectBuilder().add("code", network.code()).add("name", network.name())
                                .add("regions", regions.size()).build());
                return null;
            });
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new Conflict("the network or one of its region codes exists");
            }
            throw e;
        }
        return network;
    }
}

package com.dealerhub.tenantadmin.policy;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import com.dealerhub.tenantadmin.dealers.NetworkAdministrators;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static com.dealerhub.common.json.Jsons.JSON;

@ApplicationScoped
@Path("/network-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkPolicyResource {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    /** The caller's network's rules; every user of the network may read them. */
    @GET
    public NetworkPolicy get() throws SQLException {
        Caller caller = CurrentCaller.require();
        if (caller.network() == null) {
            throw new Forbidden("the platform operator has no network");
        }
        return ScopedJdbc.read(dataSource, caller, connection -> read(connection, caller.network()));
    }

    /** Head office IT sets the network's rules; recorded in the audit log. */
    @PUT
    public NetworkPolicy set(@Valid @NotNull NetworkPolicy policy) throws SQLException {
        Caller caller = CurrentCaller.require();
        NetworkAdministrators.require(caller);
        return ScopedJdbc.write(dataSource, caller, connection -> {
            NetworkPolicy before = read(connection, caller.network());
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO network_policy (network_code, account_request_window_months) VALUES (?, ?)
                    ON CONFLICT (network_code) DO UPDATE SET account_request_window_months = excluded.account_request_window_months""")) {
                upsert.setString(1, caller.network());
                upsert.setInt(2, policy.accountRequestWindowMonths());
                upsert.executeUpdate();
            }
            AuditLog.record(connection, caller, caller.network(), "POLICY_CHANGED", "network", caller.network(),
                    JSON.createObjectBuilder().add("accountRequestWindowMonths", before.accountRequestWindowMonths()).build(),
                    JSON.createObjectBuilder().add("accountRequestWindowMonths", policy.accountRequestWindowMonths()).build());
            return policy;
        });
    }

    private static NetworkPolicy read(java.sql.Connection connection, String network) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT account_request_window_months FROM network_policy WHERE network_code = ?")) {
            query.setString(1, network);
            try (ResultSet rows = query.executeQuery()) {
                return new NetworkPolicy(rows.next() ? rows.getInt(1) : 12);
            }
        }
    }
}

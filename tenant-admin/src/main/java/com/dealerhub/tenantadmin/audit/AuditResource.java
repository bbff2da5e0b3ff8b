package com.dealerhub.tenantadmin.audit;

import com.dealerhub.common.web.QueryParameters;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.dealerhub.common.json.Jsons.JSON;

/** The network's administrative changes, newest first, for head office. */
@ApplicationScoped
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    @GET
    public List<AuditEntry> search(@QueryParam("actor") String actor, @QueryParam("target") String target,
                                   @QueryParam("action") String action,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) throws SQLException {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK) {
            throw new Forbidden("the audit log is for head office");
        }
        String actorName = QueryParameters.text("actor", actor, QueryParameters.MAX_TEXT_LENGTH);
        String targetId = QueryParameters.text("target", target, QueryParameters.MAX_TEXT_LENGTH);
        String actionName = QueryParameters.code("action", action);
        return ScopedJdbc.read(dataSource, caller, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT id, at, actor, action, target_type, target_id, before::text, after::text FROM admin_audit
                    WHERE network_code = ? AND (? = '' OR actor = ?) AND (? = '' OR target_id = ?) AND (? = '' OR action = ?)
                    ORDER BY id DESC OFFSET ? LIMIT ?""")) {
                statement.setString(1, caller.network());
                bindOptional(statement, 2, actorName);
                bindOptional(statement, 4, targetId);
                bindOptional(statement, 6, actionName);
                statement.setInt(8, page * size);
                statement.setInt(9, size);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntry(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), json(rows.getString(7)), json(rows.getString(8))));
                    }
                }
                return entries;
            }
        });
    }

    private static void bindOptional(PreparedStatement statement, int index, String value) throws SQLException {
        String bound = value == null ? "" : value;
        statement.setString(index, bound);
        statement.setString(index + 1, bound);
    }

    private static JsonObject json(String text) {
        return text == null ? null : JSON.createReader(new StringReader(text)).readObject();
    }
}

package com.dealerhub.reporting.kpi.evaluation;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a KPI report lists, from the registry rather than from the records: every dealer or
 * region within the caller's reach appears, with "no data" where it sent nothing.
 */
@ApplicationScoped
public class GroupDirectory {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    private record Dealer(String code, String name, String region) {
    }

    public Figures.Rows rows(Caller caller, KpiQuery query) throws SQLException {
        return ScopedJdbc.read(dataSource, caller, connection -> {
            String networkName = caller.network();
            try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM network WHERE code = ?")) {
                statement.setString(1, caller.network());
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        networkName = rows.getString(1);
                    }
                }
            }
            List<Dealer> dealers = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT code, name, region_code FROM dealer WHERE network_code = ? ORDER BY code")) {
                statement.setString(1, caller.network());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        dealers.add(new Dealer(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                }
            }
            List<Group> groups = new ArrayList<>();
            switch (query.groupBy()) {
                case NETWORK -> groups.add(new Group(caller.network(), networkName));
                case DEALER -> dealers.stream()
                        .filter(d -> caller.reaches(d.code(), caller.network(), d.region()))
                        .filter(d -> query.dealers().isEmpty() || query.dealers().contains(d.code()))
                        .filter(d -> query.regions().isEmpty() || query.regions().contains(d.region()))
                        .forEach(d -> groups.add(new Group(d.code(), d.name())));
                case REGION -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT code, name FROM region WHERE network_code = ? ORDER BY code")) {
                        statement.setString(1, caller.network());
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                String code = rows.getString(1);
                                boolean inReach = switch (caller.scope()) {
                                    case NETWORK -> true;
                                    case REGIONS -> caller.regions().contains(code);
                                    default -> false;
                                };
                                if (inReach && (query.regions().isEmpty() || query.regions().contains(code))) {
                                    groups.add(new Group(code, rows.getString(2)));
                                }
                            }
                        }
                    }
                }
                case REASON -> { }
            }
            return new Figures.Rows(new Group(caller.network(), networkName), groups, dealers.size());
        });
    }
}

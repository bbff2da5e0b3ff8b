package com.dealerhub.tenantadmin.dealers;

import com.dealerhub.common.problem.NotFound;
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
 * The network's regions and dealers as a caller may see them: dealer staff their own
 * dealer, regional users their regions' dealers, head office the whole network.
 */
@ApplicationScoped
public class DealerDirectory {

    @Resource(lookup = "java:jboss/datasources/DealerHubDS")
    DataSource dataSource;

    public List<RegionView> regions(Caller caller) throws SQLException {
        return ScopedJdbc.read(dataSource, caller, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT code, network_code, name FROM region WHERE network_code = ? ORDER BY code")) {
                statement.setString(1, caller.network());
                List<RegionView> regions = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        regions.add(new RegionView(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                }
                return regions;
            }
        });
    }

    public List<DealerView> dealers(Caller caller, String region) throws SQLException {
        return ScopedJdbc.read(dataSource, caller, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT code, network_code, region_code, name, city, status FROM dealer
                    WHERE network_code = ? AND (? = '' OR region_code = ?) ORDER BY code""")) {
                statement.setString(1, caller.network());
                statement.setString(2, region == null ? "" : region);
                statement.setString(3, region == null ? "" : region);
                List<DealerView> dealers = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        DealerView dealer = new DealerView(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6));
                        if (caller.reaches(dealer.code(), dealer.network(), dealer.region())) {
                            dealers.add(dealer);
                        }
                    }
                }
                return dealers;
            }
        });
    }

    public DealerView dealer(Caller caller, String code) throws SQLException {
        return dealers(caller, null).stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFound("dealer", code));
    }
}

package com.dealerhub.platform.notifications;

import com.dealerhub.common.security.Caller;
import com.dealerhub.common.tenancy.ScopedJdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The local stand-in for an SMS gateway: each message is stored in {@code sms_message}, where the
 * console's "SMS gateway (local)" page and the tests read it. Sending a notification twice (a retry after
 * a crash) stores it once.
 */
@ApplicationScoped
public class LocalSmsGateway implements SmsGateway {

    @Resource(lookup = "java:jboss/datasources/DealerHubWorkerDS")
    DataSource worker;

    @Override
    public void send(Sms sms) throws DeliveryFailure {
        try {
            ScopedJdbc.write(worker, Caller.system(), connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO sms_message (notification_id, case_id, network_code, dealer_code, phone, text)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (notification_id) DO NOTHING""")) {
                    insert.setLong(1, sms.notificationId());
                    insert.setObject(2, sms.caseId());
                    insert.setString(3, sms.network());
                    insert.setString(4, sms.dealer());
                    insert.setString(5, sms.phone());
                    insert.setString(6, sms.text());
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new DeliveryFailure("SMS gateway not reachable: " + e.getMessage(), false, e);
        }
    }
}

package com.dealerhub.platform.notifications;

import com.dealerhub.common.audit.AuditLog;
import com.dealerhub.common.problem.Forbidden;
import com.dealerhub.common.problem.InvalidFields;
import com.dealerhub.common.problem.Problem;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CallerScope;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * Head office (customer assistance centre, IT) keeps who holds which duty for its dealers, regions and
 * the network as a whole. The list is replaced as a whole, checked first (every wrong field named,
 * nothing written), and the change audited.
 */
@TenantService
public class ContactAdministration {

    static final Set<String> KEEPERS = Set.of("oem-cac", "oem-it");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern MOBILE = Pattern.compile("\\d{6,15}");
    private static final Set<String> LOCALES = Set.of("zh-CN", "en");

    @PersistenceContext
    EntityManager em;

    public List<NotificationViews.Contact> list() {
        Caller caller = requireKeeper();
        return em.unwrap(Session.class).doReturningWork(connection -> read(connection, caller.network()));
    }

    public List<NotificationViews.Contact> replace(List<NotificationViews.Contact> contacts) {
        Caller caller = requireKeeper();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            check(connection, caller.network(), contacts);
            List<NotificationViews.Contact> before = read(connection, caller.network());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM notification_contact WHERE network_code = ?")) {
                delete.setString(1, caller.network());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO notification_contact (network_code, dealer_code, region_code, duty, name, username, email, mobile, locale)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NotificationViews.Contact c : contacts) {
                    insert.setString(1, caller.network());
                    insert.setString(2, blankToNull(c.dealer()));
                    insert.setString(3, blankToNull(c.region()));
                    insert.setString(4, c.duty().name());
                    insert.setString(5, c.name().strip());
                    insert.setString(6, blankToNull(c.username()));
                    insert.setString(7, blankToNull(c.email()));
                    insert.setString(8, blankToNull(c.mobile()));
                    insert.setString(9, c.locale() == null ? "zh-CN" : c.locale());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            AuditLog.record(connection, caller, caller.network(), "NOTIFICATION_CONTACTS_SET", "notification-contacts", caller.network(),
                    JSON.createObjectBuilder().add("contacts", before.size()).build(),
                    JSON.createObjectBuilder().add("contacts", contacts.size()).build());
            return read(connection, caller.network());
        });
    }

    private static void check(Connection connection, String network, List<NotificationViews.Contact> contacts) throws SQLException {
        Set<String> dealers = codes(connection, "SELECT code FROM dealer WHERE network_code = ?", network);
        Set<String> regions = codes(connection, "SELECT code FROM region WHERE network_code = ?", network);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> holders = new HashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            NotificationViews.Contact c = contacts.get(i);
            String at = "contacts[" + i + "].";
            String dealer = blankToNull(c.dealer());
            String region = blankToNull(c.region());
            if (dealer != null && region != null) {
                errors.add(new Problem.FieldError(at + "region", "a contact is for a dealer, a region, or (neither) the whole network"));
            }
            if (dealer != null && !dealers.contains(dealer)) {
                errors.add(new Problem.FieldError(at + "dealer", "no dealer " + dealer + " in this network"));
            }
            if (region != null && !regions.contains(region)) {
                errors.add(new Problem.FieldError(at + "region", "no region " + region + " in this network"));
            }
            if (c.duty() == null) {
                errors.add(new Problem.FieldError(at + "duty", "must not be null"));
            } else if (!holders.add(dealer + "|" + region + "|" + c.duty())) {
                errors.add(new Problem.FieldError(at + "duty", c.duty() + " is held by one contact only, here twice"));
            }
            if (c.name() == null || c.name().isBlank()) {
                errors.add(new Problem.FieldError(at + "name", "must not be blank"));
            }
            String email = blankToNull(c.email());
            if (email != null && !EMAIL.matcher(email).matches()) {
                errors.add(new Problem.FieldError(at + "email", "an e-mail address such as name@example.com"));
            }
            String mobile = blankToNull(c.mobile());
            if (mobile != null && !MOBILE.matcher(mobile).matches()) {
                errors.add(new Problem.FieldError(at + "mobile", "a mobile number of 6 to 15 digits, nothing else"));
            }
            if (c.locale() != null && !LOCALES.contains(c.locale())) {
                errors.add(new Problem.FieldError(at + "locale", "zh-CN or en"));
            }
            if (blankToNull(c.username()) == null && email == null && mobile == null) {
                errors.add(new Problem.FieldError(at + "username", "a contact needs a username, an e-mail address or a mobile number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields("the contacts are not valid", errors);
        }
    }

    private static List<NotificationViews.Contact> read(Connection connection, String network) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT dealer_code, region_code, duty, name, username, email, mobile, locale FROM notification_contact
                WHERE network_code = ? ORDER BY dealer_code NULLS FIRST, region_code NULLS FIRST, duty""")) {
            query.setString(1, network);
            List<NotificationViews.Contact> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new NotificationViews.Contact(rows.getString(1), rows.getString(2), Duty.valueOf(rows.getString(3)),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
                }
            }
            return found;
        }
    }

    private static Set<String> codes(Connection connection, String sql, String network) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, network);
            Set<String> codes = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            return codes;
        }
    }

    private static Caller requireKeeper() {
        Caller caller = CurrentCaller.require();
        if (caller.scope() != CallerScope.NETWORK || KEEPERS.stream().noneMatch(caller::hasRole)) {
            throw new Forbidden("head office's customer assistance centre and IT keep the notification contacts");
        }
        return caller;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

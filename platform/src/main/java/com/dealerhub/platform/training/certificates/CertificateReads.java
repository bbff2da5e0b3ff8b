package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.tenancy.Dealers;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Certificates as their readers see them. Certificates and people are shared across the network;
 * a caller reaches a certificate through the dealers it reaches: the holder is (or was) on one of
 * their rosters, or one of them applied for it. A dealer thus sees its own people's certificates,
 * wherever they were earned, and another dealer's answer 404.
 */
@TenantService
public class CertificateReads {

    static final int MAX_ROWS = 500;

    private static final String SELECT = """
            SELECT c.id, c.number, p.id, p.staff_number, p.name, c.programme_code, cp.name, c.level, cl.name, c.issued_on,
                   c.valid_through, cl.renewal_window_days, c.dealer_code, c.application_id,
                   ARRAY(SELECT DISTINCT r.dealer_code FROM roster_entry r
                         WHERE r.person_id = c.person_id AND r.dealer_code = ANY (:reach)
                           AND r.hired_on <= :today AND (r.left_on IS NULL OR r.left_on >= :today) ORDER BY 1)
            FROM certificate c
                 JOIN person p ON p.id = c.person_id
                 JOIN certification_level cl
                      ON cl.network_code = c.network_code AND cl.programme_code = c.programme_code AND cl.level = c.level
                 JOIN certification_programme cp ON cp.network_code = c.network_code AND cp.code = c.programme_code
            WHERE c.network_code = :network""";

    private static final String WITHIN_REACH = " AND (c.dealer_code = ANY (:reach)"
            + " OR EXISTS (SELECT 1 FROM roster_entry r WHERE r.person_id = c.person_id AND r.dealer_code = ANY (:reach)))";

    @PersistenceContext
    EntityManager em;

    @Inject
    Dealers dealers;

    @Inject
    Clock clock;

    /** The certificates within reach, soonest expiry first (at most {@value #MAX_ROWS}). */
    public List<CertificateView> list(CertificateFilter filter) {
        Caller caller = CurrentCaller.require();
        List<String> reach = dealers.codesReachedBy(caller);
        if (reach.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(SELECT).append(WITHIN_REACH);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.programme() != null) {
            sql.append(" AND c.programme_code = :programme");
            parameters.put("programme", filter.programme());
        }
        if (filter.status() != null) {
            // CertificateStatus.on as a condition: expired after its last day, in the window in its last days
            sql.append(switch (filter.status()) {
                case EXPIRED -> " AND c.valid_through < :today";
                case IN_RENEWAL_WINDOW -> " AND c.valid_through >= :today AND c.valid_through - cl.renewal_window_days < :today";
                case VALID -> " AND c.valid_through - cl.renewal_window_days >= :today";
            });
        }
        LocalDate today = TrainingDay.today(clock);
        if (filter.expiringWithinDays() != null) {
            sql.append(" AND c.valid_through BETWEEN :today AND :horizon");
            parameters.put("horizon", today.plusDays(filter.expiringWithinDays()));
        }
        if (filter.dealer() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM roster_entry r WHERE r.person_id = c.person_id AND r.dealer_code = :dealer"
                    + " AND r.dealer_code = ANY (:reach) AND (r.left_on IS NULL OR r.left_on >= :today))");
            parameters.put("dealer", filter.dealer());
        }
        sql.append(" ORDER BY c.valid_through, c.number LIMIT ").append(MAX_ROWS);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return views(query, caller, reach, today);
    }

    /** One certificate within reach; any other answers 404. */
    public CertificateView get(UUID id) {
        Caller caller = CurrentCaller.require();
        List<String> reach = dealers.codesReachedBy(caller);
        if (reach.isEmpty()) {
            throw new NotFound("certificate", id);
        }
        Query query = em.createNativeQuery(SELECT + WITHIN_REACH + " AND c.id = :id").setParameter("id", id);
        return views(query, caller, reach, TrainingDay.today(clock)).stream().findFirst()
                .orElseThrow(() -> new NotFound("certificate", id));
    }

    /** The caller's own certificates: those of the person whose username is the caller's, expired ones too. */
    public List<CertificateView> mine() {
        Caller caller = CurrentCaller.require();
        if (caller.network() == null) {
            return List.of();
        }
        List<String> reach = caller.dealer() == null ? List.of() : List.of(caller.dealer());
        Query query = em.createNativeQuery(SELECT + " AND p.username = :username ORDER BY c.valid_through DESC, c.number")
                .setParameter("username", caller.username());
        return views(query, caller, reach, TrainingDay.today(clock));
    }

    private static List<CertificateView> views(Query query, Caller caller, List<String> reach, LocalDate today) {
        query.setParameter("network", caller.network()).setParameter("reach", reach.toArray(String[]::new))
                .setParameter("today", today);
        List<CertificateView> views = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            LocalDate validThrough = NativeValues.date(row[10]);
            int window = ((Number) row[11]).intValue();
            views.add(new CertificateView((UUID) row[0], (String) row[1],
                    new CertificateView.Holder((UUID) row[2], (String) row[3], (String) row[4]), (String) row[5], (String) row[6],
                    ((Number) row[7]).intValue(), (String) row[8], NativeValues.date(row[9]), validThrough,
                    CertificateStatus.on(today, validThrough, window), ChronoUnit.DAYS.between(today, validThrough),
                    (String) row[12], strings(row[14]), (UUID) row[13]));
        }
        return views;
    }

    private static List<String> strings(Object array) {
        try {
            Object[] values = array instanceof java.sql.Array sql ? (Object[]) sql.getArray() : (Object[]) array;
            return values == null ? List.of() : Arrays.stream(values).map(String.class::cast).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

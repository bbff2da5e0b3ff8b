package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.platform.cases.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people of a dealer's roster who repair vehicles, as warranty claims name them: by staff
 * number in a request, by person id in a claim. Read within the caller's transaction.
 */
@ApplicationScoped
public class Technicians {

    /** A person as a claim names them. */
    public record Named(UUID id, String staffNumber, String name) {
    }

    /** A technician on a roster now, with the certificates valid today, for the claim form to offer. */
    public record OnRoster(UUID id, String staffNumber, String name, List<HeldCertificate> validCertificates) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The person with the staff number, if they were on the dealer's roster (in any role) on the day. */
    public Optional<UUID> onRoster(String dealer, String staffNumber, LocalDate day) {
        List<?> ids = em.createNativeQuery("""
                        SELECT DISTINCT p.id FROM person p JOIN roster_entry r ON r.person_id = p.id
                        WHERE r.dealer_code = ?1 AND p.network_code = r.network_code AND p.staff_number = ?2
                          AND r.hired_on <= ?3 AND (r.left_on IS NULL OR r.left_on >= ?3)""")
                .setParameter(1, dealer).setParameter(2, staffNumber).setParameter(3, day).getResultList();
        return ids.stream().map(UUID.class::cast).findFirst();
    }

    /** The people with these ids, in the same order (an id not found is left out). */
    public List<Named> named(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("SELECT id, staff_number, name FROM person WHERE id = ANY (?1)")
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        Map<UUID, Named> byId = rows.stream().map(Object[].class::cast)
                .map(r -> new Named((UUID) r[0], (String) r[1], (String) r[2]))
                .collect(Collectors.toMap(Named::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The dealer's technicians now (role TECHNICIAN, not ended), by name, each with the certificates valid today. */
    public List<OnRoster> current(String dealer) {
        LocalDate today = TrainingDay.today(clock);
        List<?> rows = em.createNativeQuery("""
                        SELECT p.id, p.staff_number, p.name, c.id, c.number, c.programme_code, c.level, c.issued_on, c.valid_through
                        FROM roster_entry r JOIN person p ON p.id = r.person_id
                             LEFT JOIN certificate c ON c.person_id = p.id AND c.issued_on <= ?2 AND c.valid_through >= ?2
                        WHERE r.dealer_code = ?1 AND r.role = 'TECHNICIAN' AND r.hired_on <= ?2
                          AND (r.left_on IS NULL OR r.left_on >= ?2)
                        ORDER BY p.name, p.staff_number, c.programme_code, c.level DESC""")
                .setParameter(1, dealer).setParameter(2, today).getResultList();
        List<OnRoster> technicians = new ArrayList<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            UUID person = (UUID) row[0];
            if (technicians.isEmpty() || !technicians.getLast().id().equals(person)) {
                technicians.add(new OnRoster(person, (String) row[1], (String) row[2], new ArrayList<>()));
            }
            if (row[3] != null) {
                technicians.getLast().validCertificates().add(new HeldCertificate((UUID) row[3], (String) row[4], person,
                        (String) row[5], ((Number) row[6]).intValue(), NativeValues.date(row[7]), NativeValues.date(row[8])));
            }
        }
        return technicians.stream().map(t -> new OnRoster(t.id(), t.staffNumber(), t.name(), List.copyOf(t.validCertificates())))
                .toList();
    }
}

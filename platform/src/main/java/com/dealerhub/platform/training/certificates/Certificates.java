package com.dealerhub.platform.training.certificates;

import com.dealerhub.platform.cases.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues certificates and tells which a person holds, within the caller's transaction. */
@ApplicationScoped
public class Certificates {

    /** What a certificate is issued for: the holder, the programme level, its dates, and the case that earned it. */
    public record Issue(String network, String dealer, UUID person, String programme, int level, LocalDate issuedOn,
                        LocalDate validThrough, UUID application) {
    }

    /** A certificate as issued: its id and number. */
    public record Issued(UUID id, String number, LocalDate validThrough) {
    }

    @PersistenceContext
    EntityManager em;

    /** Issues the certificate, valid from its issue day through {@code validThrough} inclusive. */
    public Issued issue(Issue issue) {
        UUID id = UUID.randomUUID();
        LocalDate validThrough = issue.validThrough();
        long sequence = ((Number) em.createNativeQuery(
                        "SELECT count(*) + 1 FROM certificate WHERE network_code = ?1 AND programme_code = ?2")
                .setParameter(1, issue.network()).setParameter(2, issue.programme()).getSingleResult()).longValue();
        String number = "%s-%s-L%d-%d-%05d".formatted(issue.network(), issue.programme(), issue.level(),
                issue.issuedOn().getYear(), sequence).toUpperCase(java.util.Locale.ROOT);
        em.createNativeQuery("""
                        INSERT INTO certificate (id, network_code, number, person_id, programme_code, level, issued_on,
                                                 valid_through, dealer_code, application_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, id).setParameter(2, issue.network()).setParameter(3, number).setParameter(4, issue.person())
                .setParameter(5, issue.programme()).setParameter(6, issue.level()).setParameter(7, issue.issuedOn())
                .setParameter(8, validThrough).setParameter(9, issue.dealer()).setParameter(10, issue.application())
                .executeUpdate();
        return new Issued(id, number, validThrough);
    }

    /** Every certificate the person holds or held, expired ones too, latest expiry first. */
    public List<HeldCertificate> of(UUID person) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, number, person_id, programme_code, level, issued_on, valid_through FROM certificate
                        WHERE person_id = ?1 ORDER BY valid_through DESC, level DESC""")
                .setParameter(1, person).getResultList();
        return rows.stream().map(Object[].class::cast).map(Certificates::held).toList();
    }

    /**
     * The person's certificate of the programme at {@code minLevel} or higher that was valid on the
     * day (the highest level, then the longest valid), if any.
     */
    public Optional<HeldCertificate> validOn(UUID person, String programme, int minLevel, LocalDate day) {
        return of(person).stream().filter(c -> c.certifies(programme, minLevel) && c.validOn(day))
                .max(Comparator.comparingInt(HeldCertificate::level).thenComparing(HeldCertificate::validThrough));
    }

    private static HeldCertificate held(Object[] row) {
        return new HeldCertificate((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], ((Number) row[4]).intValue(),
                NativeValues.date(row[5]), NativeValues.date(row[6]));
    }
}

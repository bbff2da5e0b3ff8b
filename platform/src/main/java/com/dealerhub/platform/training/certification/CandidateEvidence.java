package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.training.TrainingDay;
import com.dealerhub.platform.cases.NativeValues;
import com.dealerhub.platform.training.certification.prerequisites.Candidate;
import com.dealerhub.platform.training.lms.Completion;
import com.dealerhub.platform.training.programmes.ProgrammeLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Gathers what the prerequisite rules read about a person, from the roster, the LMS records, the
 * attended training sessions, the application's case studies and the person's certificates.
 */
@ApplicationScoped
public class CandidateEvidence {

    /** The attachment purpose of a case study carried by a registration. */
    public static final String CASE_STUDY = "CASE_STUDY";

    @PersistenceContext
    EntityManager em;

    public Candidate of(UUID person, String dealer, ProgrammeLevel level, boolean renewal, UUID application, LocalDate today) {
        List<Candidate.HeldCertificate> certificates = certificates(person);
        LocalDate evidenceSince = renewal ? renewalWindowOpening(level, certificates, today) : LocalDate.MIN;
        return new Candidate(today, renewal, evidenceSince, roles(person, dealer, today),
                coursesDone(person, level, evidenceSince), trainingsAttended(person, evidenceSince),
                application == null ? 0 : caseStudies(application), certificates);
    }

    /** The opening of the window of the certificate being renewed; without one, nothing counts before today. */
    private static LocalDate renewalWindowOpening(ProgrammeLevel level, List<Candidate.HeldCertificate> certificates, LocalDate today) {
        return certificates.stream()
                .filter(c -> c.programme().equals(level.programme()) && c.level() == level.level() && c.validOn(today))
                .map(c -> level.renewalWindowOpensOn(c.validThrough()))
                .max(LocalDate::compareTo).orElse(today);
    }

    private List<Candidate.RoleSpell> roles(UUID person, String dealer, LocalDate today) {
        return rows(em.createNativeQuery("""
                        SELECT role, in_role_since FROM roster_entry
                        WHERE person_id = ?1 AND dealer_code = ?2 AND in_role_since <= ?3 AND (left_on IS NULL OR left_on >= ?3)""")
                .setParameter(1, person).setParameter(2, dealer).setParameter(3, today).getResultList())
                .map(r -> new Candidate.RoleSpell((String) r[0], NativeValues.date(r[1]))).toList();
    }

    private Map<String, LocalDate> coursesDone(UUID person, ProgrammeLevel level, LocalDate since) {
        Map<String, LocalDate> done = new HashMap<>();
        for (String course : Stream.of(level.studyCourse(), level.testCourse()).filter(c -> c != null).distinct().toList()) {
            List<Object[]> rows = rows(em.createNativeQuery("""
                            SELECT c.completion, c.pass_score, r.completed_on, r.score, r.tested_on
                            FROM lms_course c LEFT JOIN lms_record r
                                ON r.network_code = c.network_code AND r.course_code = c.code AND r.person_id = ?1
                            WHERE c.network_code = ?2 AND c.code = ?3""")
                    .setParameter(1, person).setParameter(2, level.network()).setParameter(3, course).getResultList()).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Completion completion = Completion.valueOf((String) rows.getFirst()[0]);
            BigDecimal passScore = (BigDecimal) rows.getFirst()[1];
            List<Completion.Attempt> attempts = rows.stream().filter(r -> r[2] != null || r[3] != null)
                    .map(r -> new Completion.Attempt(NativeValues.date(r[2]), (BigDecimal) r[3], NativeValues.date(r[4]))).toList();
            completion.doneOn(passScore, attempts, since).ifPresent(day -> done.put(course, day));
        }
        return done;
    }

    private Map<String, LocalDate> trainingsAttended(UUID person, LocalDate since) {
        Map<String, LocalDate> attended = new HashMap<>();
        rows(em.createNativeQuery("""
                        SELECT s.course_code, s.starts_at FROM session_seat seat JOIN training_session s ON s.id = seat.session_id
                        WHERE seat.person_id = ?1 AND seat.attended AND s.kind = 'TRAINING'""")
                .setParameter(1, person).getResultList())
                .forEach(r -> {
                    LocalDate day = NativeValues.instant(r[1]).atZone(TrainingDay.ZONE).toLocalDate();
                    if (!day.isBefore(since)) {
                        attended.merge((String) r[0], day, (a, b) -> a.isBefore(b) ? a : b);
                    }
                });
        return attended;
    }

    private int caseStudies(UUID application) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM case_attachment WHERE case_id = ?1 AND purpose = ?2")
                .setParameter(1, application).setParameter(2, CASE_STUDY).getSingleResult()).intValue();
    }

    List<Candidate.HeldCertificate> certificates(UUID person) {
        return rows(em.createNativeQuery("""
                        SELECT number, programme_code, level, issued_on, valid_through FROM certificate WHERE person_id = ?1""")
                .setParameter(1, person).getResultList())
                .map(r -> new Candidate.HeldCertificate((String) r[0], (String) r[1], ((Number) r[2]).intValue(), NativeValues.date(r[3]), NativeValues.date(r[4])))
                .toList();
    }

    private static Stream<Object[]> rows(List<?> rows) {
        return rows.stream().map(Object[].class::cast);
    }
}

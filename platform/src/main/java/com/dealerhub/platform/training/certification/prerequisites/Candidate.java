package com.dealerhub.platform.training.certification.prerequisites;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of a person applying for a certification, as the prerequisite rules read it.
 *
 * @param today          the day of the check, in Asia/Shanghai
 * @param renewal        whether the application renews a certificate of the same level
 * @param evidenceSince  the first day evidence counts from: the renewal window's opening for a
 *                       renewal (older passes are not reused), otherwise any day
 * @param roles          the person's current roles at the applying dealer
 * @param coursesDone    per LMS course, the day it was done (by the course's completion semantics, since evidenceSince)
 * @param trainingsAttended per training course, the first day an attended session of it started (since evidenceSince)
 * @param caseStudies    the case studies attached to the application
 * @param certificates   every certificate the person holds or held
 */
public record Candidate(LocalDate today, boolean renewal, LocalDate evidenceSince, List<RoleSpell> roles,
                        Map<String, LocalDate> coursesDone, Map<String, LocalDate> trainingsAttended, int caseStudies,
                        List<HeldCertificate> certificates) {

    /** A role held at the applying dealer since a day, not ended. */
    public record RoleSpell(String role, LocalDate since) {
    }

    public record HeldCertificate(String number, String programme, int level, LocalDate issuedOn, LocalDate validThrough) {

        public boolean validOn(LocalDate day) {
            return !day.isBefore(issuedOn) && !day.isAfter(validThrough);
        }
    }

    public Optional<LocalDate> inRoleSince(String role) {
        return roles.stream().filter(r -> r.role().equals(role)).map(RoleSpell::since).min(LocalDate::compareTo);
    }

    /** The valid certificate of a programme at or above a level on the day of the check, the highest first. */
    public Optional<HeldCertificate> validCertificate(String programme, int minLevel) {
        return certificates.stream()
                .filter(c -> c.programme().equals(programme) && c.level() >= minLevel && c.validOn(today))
                .max(java.util.Comparator.comparingInt(HeldCertificate::level).thenComparing(HeldCertificate::validThrough));
    }
}

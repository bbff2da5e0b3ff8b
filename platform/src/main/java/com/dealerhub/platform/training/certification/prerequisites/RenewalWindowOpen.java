package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.ProgrammeLevel;

/**
 * A renewal needs a certificate of the same level that is still valid and inside its renewal
 * window (the last days of its validity, both ends included); outside it, the person applies anew.
 */
public class RenewalWindowOpen implements PrerequisiteRule {

    @Override
    public boolean appliesTo(ProgrammeLevel level, Candidate candidate) {
        return candidate.renewal();
    }

    @Override
    public PrerequisiteResult check(ProgrammeLevel level, Candidate candidate) {
        var held = candidate.certificates().stream()
                .filter(c -> c.programme().equals(level.programme()) && c.level() == level.level() && c.validOn(candidate.today()))
                .max(java.util.Comparator.comparing(Candidate.HeldCertificate::validThrough));
        if (held.isEmpty()) {
            return PrerequisiteResult.fail(name(), "no valid certificate of this level to renew", "none valid today");
        }
        var certificate = held.get();
        var opens = level.renewalWindowOpensOn(certificate.validThrough());
        String evidence = certificate.number() + " valid through " + certificate.validThrough() + ", window opens on " + opens;
        if (candidate.today().isBefore(opens)) {
            return PrerequisiteResult.fail(name(), "the renewal window opens on " + opens, evidence);
        }
        return PrerequisiteResult.pass(name(), evidence);
    }
}

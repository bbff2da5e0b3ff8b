package com.dealerhub.platform.warranty.adjudication;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.CodedMessage;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Certificate;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Requirement;
import com.dealerhub.platform.warranty.adjudication.ClaimUnderReview.Technician;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Each labor operation that requires a certificate was done by a certified technician: one of the
 * technicians the claim names held a certificate of the operation's programme, at its level or
 * higher, valid on the repair date. Otherwise the claim goes back to the dealer, saying for each
 * operation what was required and what each technician held instead.
 */
public class CertifiedTechnicians implements AdjudicationRule {

    @Override
    public RuleResult check(ClaimUnderReview claim, RuleSettings settings) {
        if (claim.certification().required().isEmpty()) {
            return RuleResult.notApplicable(name());
        }
        List<String> reasons = new ArrayList<>();
        Requirement firstUnmet = null;
        for (Requirement requirement : claim.certification().required()) {
            List<Technician> technicians = claim.certification().technicians();
            boolean certified = technicians.stream().flatMap(t -> t.certificates().stream())
                    .anyMatch(c -> certifies(c, requirement) && validOn(c, claim.repairDate()));
            if (!certified) {
                reasons.add(uncertified(requirement, technicians, claim.repairDate()));
                firstUnmet = firstUnmet == null ? requirement : firstUnmet;
            }
        }
        return reasons.isEmpty() ? RuleResult.pass(name())
                : RuleResult.fail(name(), RuleResult.Consequence.RETURN, coded(firstUnmet, claim.repairDate(), String.join("; ", reasons)));
    }

    /** The code names the first unmet requirement; the English reason says, for each, what the technicians held. */
    private static CodedMessage coded(Requirement first, LocalDate repairDate, String reasons) {
        CodedMessage requirement = ProblemCode.RULE_TECHNICIAN_NOT_CERTIFIED.with("operation", first.operation(),
                "programme", first.programme(), "level", first.level(), "repairDate", repairDate);
        return new CodedMessage(requirement.code(), requirement.params(), reasons);
    }

    private static String uncertified(Requirement requirement, List<Technician> technicians, LocalDate repairDate) {
        String needed = "labor operation " + requirement.operation() + " requires a technician certified " + requirement.programme()
                + " level " + requirement.level() + " or higher on the repair date " + repairDate;
        if (technicians.isEmpty()) {
            return needed + ", and the claim names no technician";
        }
        return needed + ": " + String.join(", ", technicians.stream().map(t -> held(t, requirement, repairDate)).toList());
    }

    /**
     * Why the technician's certificates did not cover the repair (none of them was valid on its date):
     * the adequate one that expired last before it, else the first issued after it, else the highest level held.
     */
    private static String held(Technician technician, Requirement requirement, LocalDate repairDate) {
        String who = technician.name() + " (" + technician.staffNumber() + ")";
        List<Certificate> ofProgramme = technician.certificates().stream()
                .filter(c -> c.programme().equals(requirement.programme())).toList();
        Optional<Certificate> expired = ofProgramme.stream().filter(c -> certifies(c, requirement))
                .filter(c -> !c.issuedOn().isAfter(repairDate)).max(Comparator.comparing(Certificate::validThrough));
        if (expired.isPresent()) {
            return "certificate " + expired.get().number() + " of " + who + " expired: valid through " + expired.get().validThrough();
        }
        Optional<Certificate> later = ofProgramme.stream().filter(c -> certifies(c, requirement))
                .min(Comparator.comparing(Certificate::issuedOn));
        if (later.isPresent()) {
            return "certificate " + later.get().number() + " of " + who + " was issued on " + later.get().issuedOn() + ", after the repair";
        }
        return ofProgramme.stream().max(Comparator.comparingInt(Certificate::level))
                .map(c -> who + " holds " + requirement.programme() + " level " + c.level() + " only (certificate " + c.number() + ")")
                .orElse(who + " holds no " + requirement.programme() + " certificate");
    }

    private static boolean certifies(Certificate certificate, Requirement requirement) {
        return certificate.programme().equals(requirement.programme()) && certificate.level() >= requirement.level();
    }

    private static boolean validOn(Certificate certificate, LocalDate day) {
        return !day.isBefore(certificate.issuedOn()) && !day.isAfter(certificate.validThrough());
    }
}

package com.dealerhub.platform.training.certification.prerequisites;

import com.dealerhub.platform.training.programmes.Flow;
import com.dealerhub.platform.training.programmes.ProgrammeLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each prerequisite rule at its boundary, and which rules apply to which level. */
class PrerequisitesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static final ProgrammeLevel TECH_L2 = new ProgrammeLevel("aurora", "TECHNICIAN", "Technician", "TECHNICIAN", false, 2,
            "Level 2", Flow.TECHNICIAN, 24, 90, "TECH-L2-STUDY", "TECH-L2-TEST", null, null, null, 1);
    static final ProgrammeLevel SA_BRONZE = new ProgrammeLevel("aurora", "SERVICE_ADVISOR", "Service advisor", "SERVICE_ADVISOR",
            false, 1, "Bronze", Flow.SA_BRONZE, 24, 90, null, null, "SA-BASICS", 3, null, null);
    static final ProgrammeLevel SA_SILVER = new ProgrammeLevel("aurora", "SERVICE_ADVISOR", "Service advisor", "SERVICE_ADVISOR",
            false, 2, "Silver", Flow.SA_SILVER, 24, 90, "SA-SILVER-LMS", null, "SA-ADVANCED", null, 3, 1);

    static Candidate candidate(List<Candidate.RoleSpell> roles, Map<String, LocalDate> courses, Map<String, LocalDate> trainings,
                               int caseStudies, List<Candidate.HeldCertificate> certificates) {
        return new Candidate(TODAY, false, LocalDate.MIN, roles, courses, trainings, caseStudies, certificates);
    }

    static Candidate serviceAdvisorSince(LocalDate since) {
        return candidate(List.of(new Candidate.RoleSpell("SERVICE_ADVISOR", since)), Map.of(), Map.of(), 0, List.of());
    }

    static PrerequisiteResult result(List<PrerequisiteResult> results, String rule) {
        return results.stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow(() -> new AssertionError("no " + rule));
    }

    @Test
    void threeYearsInTheRoleCountToTheDay() {
        assertTrue(new YearsInRoleOrTrainingAttended().check(SA_BRONZE, serviceAdvisorSince(TODAY.minusYears(3))).passed());
        PrerequisiteResult dayShort = new YearsInRoleOrTrainingAttended().check(SA_BRONZE, serviceAdvisorSince(TODAY.minusYears(3).plusDays(1)));
        assertFalse(dayShort.passed());
        assertTrue(dayShort.reason().contains("3 years on 2026-06-02"), dayShort.reason());
    }

    @Test
    void attendingTheTrainingReplacesTheYearsInTheRole() {
        Candidate newcomer = candidate(List.of(new Candidate.RoleSpell("SERVICE_ADVISOR", TODAY.minusMonths(5))), Map.of(),
                Map.of("SA-BASICS", TODAY.minusMonths(1)), 0, List.of());
        PrerequisiteResult result = new YearsInRoleOrTrainingAttended().check(SA_BRONZE, newcomer);
        assertTrue(result.passed());
        assertTrue(result.evidence().contains("SA-BASICS attended on 2026-05-01"), result.evidence());
    }

    @Test
    void bronzeNeedsTheRoleTodayAndYearsOrTraining() {
        List<PrerequisiteResult> results = Prerequisites.check(SA_BRONZE,
                candidate(List.of(new Candidate.RoleSpell("TECHNICIAN", TODAY.minusYears(5))), Map.of(), Map.of(), 0, List.of()));
        assertEquals(List.of("CurrentlyInRole", "YearsInRoleOrTrainingAttended"), results.stream().map(PrerequisiteResult::rule).toList());
        assertFalse(result(results, "CurrentlyInRole").passed());
        assertFalse(Prerequisites.allPassed(results));
    }

    @Test
    void technicianLevelNeedsTheStudyTheTestAndTheLevelBelow() {
        Candidate ready = candidate(List.of(new Candidate.RoleSpell("TECHNICIAN", TODAY.minusYears(1))),
                Map.of("TECH-L2-STUDY", TODAY.minusDays(20), "TECH-L2-TEST", TODAY.minusDays(10)), Map.of(), 0,
                List.of(new Candidate.HeldCertificate("C-1", "TECHNICIAN", 1, TODAY.minusYears(1), TODAY)));
        List<PrerequisiteResult> results = Prerequisites.check(TECH_L2, ready);
        assertEquals(List.of("CurrentlyInRole", "HoldsPrerequisiteLevel", "LmsStudyCompleted", "OnlineTestPassed"),
                results.stream().map(PrerequisiteResult::rule).toList());
        assertTrue(Prerequisites.allPassed(results), results.toString());

        Candidate untested = candidate(ready.roles(), Map.of("TECH-L2-STUDY", TODAY.minusDays(20)), Map.of(), 0, ready.certificates());
        PrerequisiteResult test = result(Prerequisites.check(TECH_L2, untested), "OnlineTestPassed");
        assertFalse(test.passed());
        assertTrue(test.reason().contains("TECH-L2-TEST"), test.reason());
    }

    @Test
    void aPrerequisiteCertificateCountsThroughItsLastDayInclusive() {
        var endsToday = new Candidate.HeldCertificate("C-1", "SERVICE_ADVISOR", 1, TODAY.minusYears(2), TODAY);
        var endedYesterday = new Candidate.HeldCertificate("C-2", "SERVICE_ADVISOR", 1, TODAY.minusYears(2), TODAY.minusDays(1));
        List<Candidate.RoleSpell> advisor = List.of(new Candidate.RoleSpell("SERVICE_ADVISOR", TODAY.minusYears(4)));
        assertTrue(new HoldsPrerequisiteLevel().check(SA_SILVER, candidate(advisor, Map.of(), Map.of(), 0, List.of(endsToday))).passed());
        PrerequisiteResult lapsed = new HoldsPrerequisiteLevel().check(SA_SILVER,
                candidate(advisor, Map.of(), Map.of(), 0, List.of(endedYesterday)));
        assertFalse(lapsed.passed());
        assertEquals("C-2 expired after 2026-05-31", lapsed.evidence());
    }

    @Test
    void silverNeedsTheLmsRecordTheTrainingTheCaseStudiesAndAValidBronze() {
        List<Candidate.RoleSpell> advisor = List.of(new Candidate.RoleSpell("SERVICE_ADVISOR", TODAY.minusYears(4)));
        var bronze = new Candidate.HeldCertificate("B-1", "SERVICE_ADVISOR", 1, TODAY.minusYears(1), TODAY.plusYears(1));
        Candidate ready = candidate(advisor, Map.of("SA-SILVER-LMS", TODAY.minusDays(3)), Map.of("SA-ADVANCED", TODAY.minusDays(2)),
                3, List.of(bronze));
        List<PrerequisiteResult> results = Prerequisites.check(SA_SILVER, ready);
        assertEquals(List.of("CurrentlyInRole", "HoldsPrerequisiteLevel", "LmsStudyCompleted", "TrainingAttended",
                "EnoughCaseStudiesSubmitted"), results.stream().map(PrerequisiteResult::rule).toList());
        assertTrue(Prerequisites.allPassed(results), results.toString());

        PrerequisiteResult twoCases = new EnoughCaseStudiesSubmitted().check(SA_SILVER,
                candidate(advisor, Map.of(), Map.of(), 2, List.of(bronze)));
        assertFalse(twoCases.passed());
        assertEquals("3 case studies needed, 2 attached", twoCases.reason());
    }

    @Test
    void theRenewalWindowIsTheLastDaysOfValidityBothEndsIncluded() {
        LocalDate validThrough = TODAY.plusDays(89);
        assertEquals(TODAY, TECH_L2.renewalWindowOpensOn(validThrough));
        var held = new Candidate.HeldCertificate("C-2", "TECHNICIAN", 2, TODAY.minusYears(2), validThrough);
        List<Candidate.RoleSpell> technician = List.of(new Candidate.RoleSpell("TECHNICIAN", TODAY.minusYears(3)));
        Candidate onOpening = new Candidate(TODAY, true, TODAY, technician, Map.of(), Map.of(), 0, List.of(held));
        assertTrue(new RenewalWindowOpen().check(TECH_L2, onOpening).passed());
        Candidate dayBefore = new Candidate(TODAY.minusDays(1), true, TODAY, technician, Map.of(), Map.of(), 0, List.of(held));
        PrerequisiteResult early = new RenewalWindowOpen().check(TECH_L2, dayBefore);
        assertFalse(early.passed());
        assertEquals("the renewal window opens on 2026-06-01", early.reason());
        Candidate lastDay = new Candidate(validThrough, true, TODAY, technician, Map.of(), Map.of(), 0, List.of(held));
        assertTrue(new RenewalWindowOpen().check(TECH_L2, lastDay).passed());
        Candidate dayAfter = new Candidate(validThrough.plusDays(1), true, TODAY, technician, Map.of(), Map.of(), 0, List.of(held));
        assertFalse(new RenewalWindowOpen().check(TECH_L2, dayAfter).passed());
    }

    @Test
    void aRenewalTellsThatOlderPassesDoNotCount() {
        List<Candidate.RoleSpell> technician = List.of(new Candidate.RoleSpell("TECHNICIAN", TODAY.minusYears(3)));
        Candidate renewing = new Candidate(TODAY, true, TODAY.minusDays(30), technician, Map.of(), Map.of(), 0, List.of());
        PrerequisiteResult study = new LmsStudyCompleted().check(TECH_L2, renewing);
        assertFalse(study.passed());
        assertTrue(study.reason().endsWith("since the renewal window opened on 2026-05-02"), study.reason());
    }

    @Test
    void aCertificateLastsItsMonthsToTheDayBefore() {
        assertEquals(LocalDate.of(2028, 3, 14), TECH_L2.validThrough(LocalDate.of(2026, 3, 15)));
        assertEquals(LocalDate.of(2028, 2, 27), TECH_L2.validThrough(LocalDate.of(2026, 2, 28)));
    }
}

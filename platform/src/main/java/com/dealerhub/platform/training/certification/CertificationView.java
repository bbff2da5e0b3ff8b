package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.cases.CaseView;
import com.dealerhub.platform.cases.sla.ClockView;
import com.dealerhub.platform.training.certification.prerequisites.PrerequisiteResult;
import com.dealerhub.platform.training.programmes.Flow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certification application as the API shows it: the person, the programme level, the
 * prerequisite results (as recorded at the check, or read live before it), the sessions, the
 * certificate, the clocks and the actions the caller may take now.
 */
public record CertificationView(UUID id, String number, CertificationState state, String dealer, String subject,
                                Person person, String programme, String programmeName, int level, String levelName,
                                Flow flow, boolean renewal, boolean prerequisitesRecorded,
                                List<PrerequisiteResult> prerequisites, Session examSession, Session session,
                                Certificate certificate, long version, List<ClockView> clocks,
                                List<CertificationAction> allowedActions, List<CaseView.Step> timeline) {

    public record Person(UUID id, String staffNumber, String name) {
    }

    public record Session(UUID id, String kind, String title, Instant startsAt, String place) {
    }

    public record Certificate(UUID id, String number, LocalDate issuedOn, LocalDate validThrough) {
    }
}

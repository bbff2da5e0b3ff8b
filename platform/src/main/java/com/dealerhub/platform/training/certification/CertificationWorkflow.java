package com.dealerhub.platform.training.certification;

import com.dealerhub.platform.cases.workflow.ClockEffect;
import com.dealerhub.platform.cases.workflow.Who;
import com.dealerhub.platform.cases.workflow.Workflow;

import java.util.List;

import static com.dealerhub.platform.cases.workflow.ClockEffect.start;
import static com.dealerhub.platform.cases.workflow.ClockEffect.stop;
import static com.dealerhub.platform.training.certification.CertificationAction.CHECK;
import static com.dealerhub.platform.training.certification.CertificationAction.FAIL;
import static com.dealerhub.platform.training.certification.CertificationAction.FAIL_EXAM;
import static com.dealerhub.platform.training.certification.CertificationAction.INVITE;
import static com.dealerhub.platform.training.certification.CertificationAction.INVITE_TO_EXAM;
import static com.dealerhub.platform.training.certification.CertificationAction.PASS;
import static com.dealerhub.platform.training.certification.CertificationAction.PASS_EXAM;
import static com.dealerhub.platform.training.certification.CertificationAction.RECORD_ABSENCE;
import static com.dealerhub.platform.training.certification.CertificationAction.RECORD_ATTENDANCE;
import static com.dealerhub.platform.training.certification.CertificationAction.REJECT;
import static com.dealerhub.platform.training.certification.CertificationAction.WITHDRAW;
import static com.dealerhub.platform.training.certification.CertificationState.APPLIED;
import static com.dealerhub.platform.training.certification.CertificationState.ATTENDED;
import static com.dealerhub.platform.training.certification.CertificationState.CERTIFIED;
import static com.dealerhub.platform.training.certification.CertificationState.ELIGIBLE;
import static com.dealerhub.platform.training.certification.CertificationState.EXAM_DUE;
import static com.dealerhub.platform.training.certification.CertificationState.EXAM_INVITED;
import static com.dealerhub.platform.training.certification.CertificationState.FAILED;
import static com.dealerhub.platform.training.certification.CertificationState.INVITED;
import static com.dealerhub.platform.training.certification.CertificationState.REGISTERED_FOR_EXAM;
import static com.dealerhub.platform.training.certification.CertificationState.REJECTED;
import static com.dealerhub.platform.training.certification.CertificationState.WITHDRAWN;

/**
 * Certification (DOMAIN section 5), one table for the three flows: technician and SA bronze go
 * from the check to an invitation; SA silver goes through a written exam first. The training
 * department takes every step but the dealer's withdrawal; a check passes only when every
 * prerequisite rule does (the service enforces that, and records the results).
 */
public final class CertificationWorkflow {

    static final String TRAINING = "oem-training";
    static final String DEALER_ADMIN = "dealer-admin";
    /** The training department checks an application within its clock policy. */
    static final String CHECK_CLOCK = "CHECK";
    static final List<ClockEffect> STARTED_ON_APPLICATION = List.of(start(CHECK_CLOCK));

    public static final Workflow<CertificationState, CertificationAction> TABLE =
            Workflow.<CertificationState, CertificationAction>of("certification application")
                    .step(CHECK, APPLIED).to(ELIGIBLE).by(Who.oem(TRAINING)).clocks(stop(CHECK_CLOCK)).add()
                    .step(CHECK, REGISTERED_FOR_EXAM).to(EXAM_DUE).by(Who.oem(TRAINING)).clocks(stop(CHECK_CLOCK)).add()
                    .step(REJECT, APPLIED, REGISTERED_FOR_EXAM, EXAM_DUE, ELIGIBLE).to(REJECTED).by(Who.oem(TRAINING))
                        .withReason().clocks(stop(CHECK_CLOCK)).add()
                    .step(INVITE_TO_EXAM, EXAM_DUE).to(EXAM_INVITED).by(Who.oem(TRAINING)).add()
                    .step(PASS_EXAM, EXAM_INVITED).to(ELIGIBLE).by(Who.oem(TRAINING)).add()
                    .step(FAIL_EXAM, EXAM_INVITED).to(FAILED).by(Who.oem(TRAINING)).withReason().add()
                    .step(INVITE, ELIGIBLE).to(INVITED).by(Who.oem(TRAINING)).add()
                    .step(RECORD_ATTENDANCE, INVITED).to(ATTENDED).by(Who.oem(TRAINING)).add()
                    .step(RECORD_ABSENCE, INVITED).to(ELIGIBLE).by(Who.oem(TRAINING)).add()
                    .step(PASS, ATTENDED).to(CERTIFIED).by(Who.oem(TRAINING)).add()
                    .step(FAIL, ATTENDED).to(FAILED).by(Who.oem(TRAINING)).withReason().add()
                    .step(WITHDRAW, APPLIED, REGISTERED_FOR_EXAM, EXAM_DUE, ELIGIBLE).to(WITHDRAWN).by(Who.dealer(DEALER_ADMIN))
                        .withReason().clocks(stop(CHECK_CLOCK)).add()
                    .build();

    private CertificationWorkflow() {
    }
}

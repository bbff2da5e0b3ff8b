package com.dealerhub.platform.training.certification.prerequisites;

/**
 * What one prerequisite rule found for a candidate: passed or not, why, and the evidence it read
 * (shown to the training department beside the verdict).
 */
public record PrerequisiteResult(String rule, boolean passed, String reason, String evidence) {

    public static PrerequisiteResult pass(String rule, String evidence) {
        return new PrerequisiteResult(rule, true, null, evidence);
    }

    public static PrerequisiteResult fail(String rule, String reason, String evidence) {
        return new PrerequisiteResult(rule, false, reason, evidence);
    }
}

package com.dealerhub.platform.warranty;

import java.util.List;
import java.util.Set;

import static com.dealerhub.platform.warranty.ApprovalStep.CLAIMS;
import static com.dealerhub.platform.warranty.ApprovalStep.FMC;
import static com.dealerhub.platform.warranty.ApprovalStep.QUALITY;
import static com.dealerhub.platform.warranty.ApprovalStep.TAC;

/**
 * The four kinds of warranty claim (DOMAIN section 1), with the evidence each needs and the
 * approval chain a network starts from.
 */
public enum ClaimKind {
    REGULAR(List.of(CLAIMS), Set.of()),
    SPECIAL_PART(List.of(TAC, CLAIMS), Set.of("PHOTO")),
    CAMPAIGN(List.of(CLAIMS, QUALITY), Set.of()),
    ODOMETER_ROLLBACK(List.of(FMC, CLAIMS, QUALITY), Set.of("EXPLANATION", "PHOTO"));

    /** The file the FMC signs to confirm an odometer rollback, attached before the FMC approves. */
    public static final String SIGNED_STATEMENT = "SIGNED_STATEMENT";

    private final List<ApprovalStep> defaultChain;
    private final Set<String> requiredAttachments;

    ClaimKind(List<ApprovalStep> defaultChain, Set<String> requiredAttachments) {
        this.defaultChain = defaultChain;
        this.requiredAttachments = requiredAttachments;
    }

    public List<ApprovalStep> defaultChain() {
        return defaultChain;
    }

    /** The attachment purposes the dealer must provide before the claim can be submitted. */
    public Set<String> requiredAttachments() {
        return requiredAttachments;
    }

    /** The attachment an approver must add before approving at a step, if any. */
    public String evidenceToApprove(ApprovalStep step) {
        return this == ODOMETER_ROLLBACK && step == FMC ? SIGNED_STATEMENT : null;
    }

    public boolean needsPreAuthorisation() {
        return this == SPECIAL_PART;
    }

    public boolean needsCampaign() {
        return this == CAMPAIGN;
    }
}

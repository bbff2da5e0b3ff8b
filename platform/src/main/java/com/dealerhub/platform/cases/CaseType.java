package com.dealerhub.platform.cases;

/** The kinds of after-sales work the OEM runs; each gets its own workflow as it arrives. */
public enum CaseType {
    WARRANTY("WC"),
    GOODWILL("GW"),
    COMPLAINT("CP"),
    TECHNICAL_ASSISTANCE("TA"),
    TRAINING("TR"),
    PARTS("PT"),
    ACCOUNT_REQUEST("AR"),
    PRE_AUTHORISATION("PA"),
    CERTIFICATION("CE"),
    PARTS_ORDER("PO"),
    MISSING_PART("MP");

    private final String numberPrefix;

    CaseType(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    /** Whether cases of this type follow the generic {@link CaseWorkflow} rather than a workflow of their own. */
    public boolean followsGenericWorkflow() {
        return switch (this) {
            case TECHNICAL_ASSISTANCE, PARTS -> true;
            case WARRANTY, GOODWILL, COMPLAINT, TRAINING, ACCOUNT_REQUEST, PRE_AUTHORISATION, CERTIFICATION, PARTS_ORDER, MISSING_PART -> false;
        };
    }
}

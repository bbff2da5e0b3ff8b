package com.dealerhub.platform.complaints;

/**
 * A complaint's SLA clocks. Their durations are the network's clock policies (defaults in DOMAIN
 * section 3); the emergency variant has its own, and three more (progress, customer update, escalation).
 */
public final class ComplaintClock {
    /** Recording to dispatch, which notifies the station manager and the regional service manager. */
    public static final String DISPATCH = "DISPATCH";
    /** Recording to the message telling the customer which dealer will call (sent at dispatch). */
    public static final String CUSTOMER_MESSAGE = "CUSTOMER_MESSAGE";
    /** Dispatch to the dealer's first contact with the customer. */
    public static final String CONTACT = "CONTACT";
    /** Dispatch to closure; a filed delay pauses it. */
    public static final String CLOSURE = "CLOSURE";
    /** Closure to CAC's callback. */
    public static final String CALLBACK = "CALLBACK";
    /** Emergencies: progress reported every hour. */
    public static final String PROGRESS = "PROGRESS";
    /** Emergencies: the customer updated every two hours. */
    public static final String CUSTOMER_UPDATE = "CUSTOMER_UPDATE";
    /** Emergencies: four hours without progress reach the dealer's GM and the regional VP. */
    public static final String ESCALATION = "ESCALATION";
    /** Emergencies: an answer to the customer before the end of the working day (a close-of-business clock). */
    public static final String ANSWER = "ANSWER";

    private ComplaintClock() {
    }
}

package com.dealerhub.platform.notifications;

import java.util.List;

/**
 * What a notification says, with the values each one needs. The texts, per language and channel,
 * are in {@code notifications/templates.<language>.properties}; {@link TemplateTexts} renders them.
 */
public enum Template {
    COMPLAINT_TO_STATION_MANAGER("number", "model", "customer", "phone", "subject", "sender"),
    COMPLAINT_TO_REGIONAL_MANAGER("number", "dealerShortName", "model", "customer", "phone", "subject", "sender"),
    COMPLAINT_TO_CUSTOMER("subject", "dealerShortName", "stationManager", "stationManagerPhone"),
    CASE_REPLY("number", "reply"),
    COMPLAINT_REPEATED("number", "vin", "faultCategory", "count"),
    COMPLAINT_EMERGENCY_ESCALATED("number", "dealerShortName", "hours"),
    SLA_WARNING("number", "clock", "dueAt"),
    SLA_BREACHED("number", "clock", "dueAt"),
    CASE_UPDATE("number", "action", "state"),
    CERTIFICATION_INVITATION("number", "person", "programme", "session", "startsAt", "place"),
    CERTIFICATION_PASSED("number", "person", "programme", "certificate", "validThrough"),
    CERTIFICATION_FAILED("number", "person", "programme", "reason"),
    CERTIFICATE_EXPIRING("certificate", "holder", "staffNumber", "programme", "level", "validThrough", "daysLeft"),
    TRAINING_NEED_ANSWERED("number", "subject", "notice"),
    TRAINING_NEED_DECLINED("number", "subject", "reason"),
    MISSING_PART_CONFIRMED("number", "part", "quantity", "deliveryDate"),
    MISSING_PART_DECLINED("number", "part", "quantity", "reason"),
    /** A vehicle is due for replacement or refund under the three guarantees; about the VIN, not a case. */
    THREE_GUARANTEES_DUE("vin", "dealer", "reasonZh", "reasonEn");

    private final List<String> placeholders;

    Template(String... values) {
        this.placeholders = List.of(values);
    }

    /** The names of the values its texts use, as {@code {name}}. */
    public List<String> placeholders() {
        return placeholders;
    }
}

package com.dealerhub.platform.servicefeed.rules;

import com.dealerhub.platform.cases.sla.WorkingCalendar;
import com.dealerhub.platform.servicefeed.events.FeedEvent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * The record's own part of the indexed feed document: its kind's fields as received, with the
 * derived booleans of the feed contract computed here, when the platform stores the record,
 * so that every reader counts them the same way.
 */
public final class FeedDocument {

    private FeedDocument() {
    }

    /** {@code calendar} is asked for only by a follow-up call. */
    public static JsonObject of(FeedEvent event, Supplier<WorkingCalendar> calendar) {
        JsonObject f = event.fields();
        JsonObjectBuilder document = JSON.createObjectBuilder(f);
        switch (event.kind()) {
            case APPOINTMENT -> document
                    .add("arrived", f.containsKey("arrivedAt"))
                    .add("arrivedOnTime", ArrivedOnTime.test(instant(f, "scheduledFor"), instant(f, "arrivedAt")));
            case REPAIR_ORDER -> document
                    .add("estimateAccurate", EstimateAccurate.test(amount(f, "estimateAmount"), amount(f, "actualAmount")))
                    .add("delivered", f.containsKey("deliveredAt"))
                    .add("deliveredOnTime", DeliveredOnTime.test(instant(f, "promisedAt"), instant(f, "deliveredAt")));
            case FOLLOW_UP_CALL -> {
                WorkingCalendar network = calendar.get();
                Instant delivered = instant(f, "deliveredAt");
                Instant called = instant(f, "calledAt");
                document.add("withinThreeWorkingDays", CallbackWindow.withinThreeWorkingDays(delivered, called, network))
                        .add("withinSevenDays", CallbackWindow.withinSevenDays(delivered, called, network));
            }
            case COMPLAINT, ROADSIDE_RESCUE -> {
                // nothing derived: the DMS states each flag itself
            }
        }
        return document.build();
    }

    private static Instant instant(JsonObject fields, String name) {
        return fields.get(name) instanceof JsonString text ? Instant.parse(text.getString()) : null;
    }

    private static BigDecimal amount(JsonObject fields, String name) {
        return fields.get(name) instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }
}

package com.dealerhub.platform.servicefeed;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.platform.servicefeed.events.FeedEvent;
import com.dealerhub.platform.servicefeed.events.FeedKind;
import com.dealerhub.platform.threeguarantees.Ledger;
import com.dealerhub.platform.threeguarantees.MajorPart;
import com.dealerhub.platform.threeguarantees.RepairOrderFacts;
import com.dealerhub.platform.threeguarantees.ThreeGuaranteesLedger;
import com.dealerhub.platform.threeguarantees.Warning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.time.Instant;
import java.util.Optional;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * The three-guarantees standing of a repair order's VIN, answered to the DMS as the order opens:
 * a quality-related order counts on the VIN's ledger first; any other is answered as the ledger stands.
 */
@ApplicationScoped
class RepairOrderStanding {

    @Inject
    ThreeGuaranteesLedger ledger;

    /**
     * What the ledger counts of a quality-related repair order, or empty for any other event.
     *
     * @throws InvalidField naming the event's field, when the order cannot be counted
     */
    static Optional<RepairOrderFacts> factsOf(FeedEvent event) {
        JsonObject f = event.fields();
        if (event.kind() != FeedKind.REPAIR_ORDER || !f.getBoolean("qualityRelated", false)) {
            return Optional.empty();
        }
        String majorPart = text(f, "majorPartReplaced");
        return Optional.of(new RepairOrderFacts(event.number(), f.getString("vin"), instant(f, "openedAt"), instant(f, "deliveredAt"),
                f.getJsonNumber("mileage").longValue(), text(f, "problemCode"), f.getBoolean("seriousSafetyFault", false),
                majorPart == null ? null : MajorPart.valueOf(majorPart),
                f.containsKey("partsTransportDays") ? f.getJsonNumber("partsTransportDays").intValue() : 0));
    }

    /** Counts the order on its VIN's ledger and answers the VIN's standing. */
    JsonObject record(String dealer, RepairOrderFacts facts) {
        return json(ledger.recordRepairOrder(dealer, facts));
    }

    /** The standing of a repair order's VIN without counting it (not quality-related, or sent before). */
    JsonObject current(String network, FeedEvent event) {
        if (event.kind() != FeedKind.REPAIR_ORDER) {
            return null;
        }
        return ledger.of(network, event.fields().getString("vin")).map(Ledger::warning).map(RepairOrderStanding::json).orElse(null);
    }

    private static JsonObject json(Warning warning) {
        JsonArrayBuilder reasons = JSON.createArrayBuilder();
        warning.reasons().forEach(r -> reasons.add(JSON.createObjectBuilder()
                .add("code", r.code()).add("level", r.level().name()).add("zh", r.zh()).add("en", r.en())));
        return JSON.createObjectBuilder().add("vin", warning.vin()).add("level", warning.level().name()).add("reasons", reasons)
                .add("loanerDue", warning.loanerDue()).add("repairDays", warning.repairDays()).build();
    }

    private static String text(JsonObject fields, String name) {
        return fields.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Instant instant(JsonObject fields, String name) {
        String value = text(fields, name);
        return value == null ? null : Instant.parse(value);
    }
}

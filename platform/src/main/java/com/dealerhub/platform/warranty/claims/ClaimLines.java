package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.InvalidField;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.dealerhub.common.json.Jsons.JSON;

/**
 * What a claim asks to be paid for, priced: labor (hours × the dealer's labor rate), parts
 * (quantity × unit price) and sublet. Each line keeps its claimed amount and, once an approver
 * has adjusted it, the amount approved. Operation codes and part numbers are unique within a
 * claim, so that an approver can name the line being adjusted.
 */
public record ClaimLines(List<Labor> labor, List<Part> parts, BigDecimal sublet, BigDecimal approvedSublet) {

    public record Labor(String operation, BigDecimal hours, BigDecimal flatRateHours, BigDecimal amount, BigDecimal approvedAmount) {
    }

    /** @param special whether the catalogue flags the part special or assembly: it then needs a TAC pre-authorisation */
    public record Part(String number, int quantity, BigDecimal unitPrice, BigDecimal cataloguePrice, boolean special, boolean causal,
                       BigDecimal amount, BigDecimal approvedAmount) {
    }

    /** An approver's change of what is paid: new amounts for some lines, by operation code, part number or "sublet". */
    public record Adjustment(Map<String, BigDecimal> labor, Map<String, BigDecimal> parts, BigDecimal sublet) {
        public Adjustment {
            labor = labor == null ? Map.of() : Map.copyOf(labor);
            parts = parts == null ? Map.of() : Map.copyOf(parts);
        }

        public boolean isEmpty() {
            return labor.isEmpty() && parts.isEmpty() && sublet == null;
        }
    }

    public ClaimLines {
        labor = List.copyOf(labor);
        parts = List.copyOf(parts);
        sublet = money(sublet == null ? BigDecimal.ZERO : sublet);
        approvedSublet = approvedSublet == null ? null : money(approvedSublet);
    }

    /** A claim's lines as the dealer claims them: each pays, until an approver adjusts it, what it claims. */
    public static ClaimLines claimed(List<Labor> labor, List<Part> parts, BigDecimal sublet) {
        BigDecimal claimedSublet = sublet == null ? BigDecimal.ZERO : sublet;
        return new ClaimLines(labor, parts, claimedSublet, claimedSublet);
    }

    public static Labor labor(String operation, BigDecimal hours, BigDecimal flatRateHours, BigDecimal laborRate) {
        BigDecimal amount = money(hours.multiply(laborRate));
        return new Labor(operation, hours, flatRateHours, amount, amount);
    }

    public static Part part(String number, int quantity, BigDecimal unitPrice, BigDecimal cataloguePrice, boolean special,
                            boolean causal) {
        BigDecimal amount = money(unitPrice.multiply(BigDecimal.valueOf(quantity)));
        return new Part(number, quantity, unitPrice, cataloguePrice, special, causal, amount, amount);
    }

    /** The lines as shown before any approval: nothing approved yet, line by line. */
    public ClaimLines unapproved() {
        return new ClaimLines(
                labor.stream().map(l -> new Labor(l.operation(), l.hours(), l.flatRateHours(), l.amount(), null)).toList(),
                parts.stream().map(p -> new Part(p.number(), p.quantity(), p.unitPrice(), p.cataloguePrice(), p.special(), p.causal(),
                        p.amount(), null)).toList(),
                sublet, null);
    }

    /** The special or assembly parts among the lines. */
    public List<String> specialParts() {
        return parts.stream().filter(Part::special).map(Part::number).toList();
    }

    public BigDecimal claimedTotal() {
        return labor.stream().map(Labor::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .add(sublet);
    }

    public BigDecimal approvedTotal() {
        return labor.stream().map(Labor::approvedAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(parts.stream().map(Part::approvedAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .add(approvedSublet);
    }

    /** The lines with an approver's amounts; each between zero and what the dealer claimed for that line. */
    public ClaimLines adjusted(Adjustment adjustment) {
        Map<String, BigDecimal> laborLeft = new HashMap<>(adjustment.labor());
        Map<String, BigDecimal> partsLeft = new HashMap<>(adjustment.parts());
        List<Labor> newLabor = labor.stream().map(l -> {
            BigDecimal amount = laborLeft.remove(l.operation());
            return amount == null ? l : new Labor(l.operation(), l.hours(), l.flatRateHours(), l.amount(),
                    within("adjustment.labor." + l.operation(), amount, l.amount()));
        }).toList();
        List<Part> newParts = parts.stream().map(p -> {
            BigDecimal amount = partsLeft.remove(p.number());
            return amount == null ? p : new Part(p.number(), p.quantity(), p.unitPrice(), p.cataloguePrice(), p.special(), p.causal(),
                    p.amount(), within("adjustment.parts." + p.number(), amount, p.amount()));
        }).toList();
        if (!laborLeft.isEmpty()) {
            throw new InvalidField("adjustment.labor", "the claim has no labor operation " + laborLeft.keySet().iterator().next());
        }
        if (!partsLeft.isEmpty()) {
            throw new InvalidField("adjustment.parts", "the claim has no part " + partsLeft.keySet().iterator().next());
        }
        BigDecimal newSublet = adjustment.sublet() == null ? approvedSublet : within("adjustment.sublet", adjustment.sublet(), sublet);
        return new ClaimLines(newLabor, newParts, sublet, newSublet);
    }

    private static BigDecimal within(String field, BigDecimal amount, BigDecimal claimed) {
        if (amount.signum() < 0 || amount.compareTo(claimed) > 0) {
            throw new InvalidField(field, ProblemCode.ABOVE_CLAIMED.with("claimed", claimed));
        }
        return money(amount);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    // Stored as JSON in the claim row.

    public String laborJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        labor.forEach(l -> array.add(JSON.createObjectBuilder().add("operation", l.operation()).add("hours", l.hours())
                .add("flatRateHours", l.flatRateHours()).add("amount", l.amount()).add("approvedAmount", l.approvedAmount())));
        return array.build().toString();
    }

    public String partsJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        parts.forEach(p -> {
            var object = JSON.createObjectBuilder().add("number", p.number()).add("quantity", p.quantity())
                    .add("unitPrice", p.unitPrice()).add("special", p.special()).add("causal", p.causal()).add("amount", p.amount())
                    .add("approvedAmount", p.approvedAmount());
            object.add("cataloguePrice", p.cataloguePrice() == null ? JsonValue.NULL : JSON.createValue(p.cataloguePrice()));
            array.add(object);
        });
        return array.build().toString();
    }

    public static ClaimLines fromJson(String laborJson, String partsJson, BigDecimal sublet, BigDecimal approvedSublet) {
        List<Labor> labor = read(laborJson).stream().map(JsonValue::asJsonObject).map(o -> new Labor(o.getString("operation"),
                decimal(o, "hours"), decimal(o, "flatRateHours"), decimal(o, "amount"), decimal(o, "approvedAmount"))).toList();
        List<Part> parts = read(partsJson).stream().map(JsonValue::asJsonObject).map(o -> new Part(o.getString("number"),
                o.getInt("quantity"), decimal(o, "unitPrice"), decimal(o, "cataloguePrice"), o.getBoolean("special", false), o.getBoolean("causal"),
                decimal(o, "amount"), decimal(o, "approvedAmount"))).toList();
        return new ClaimLines(labor, parts, sublet, approvedSublet);
    }

    private static JsonArray read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static BigDecimal decimal(JsonObject object, String name) {
        return object.isNull(name) ? null : object.getJsonNumber(name).bigDecimalValue();
    }
}

package com.dealerhub.platform.warranty.claims;

import com.dealerhub.common.problem.InvalidField;

import java.util.Locale;

/**
 * The order of a claim list, as {@code field,asc} or {@code field,desc}: by last change, by
 * submission, by claim number or by claimed amount.
 */
public record ClaimSort(Field field, boolean ascending) {

    public enum Field {
        UPDATED_AT("c.updatedAt"), SUBMITTED_AT("w.submittedAt"), NUMBER("c.number"), CLAIMED_AMOUNT("w.claimedAmount");

        private final String path;

        Field(String path) {
            this.path = path;
        }
    }

    /** @param raw e.g. {@code claimedAmount,desc}; null or blank gives {@code fallback} */
    static ClaimSort parse(String raw, ClaimSort fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String[] parts = raw.strip().split(",", -1);
        Field field = switch (parts[0]) {
            case "updatedAt" -> Field.UPDATED_AT;
            case "submittedAt" -> Field.SUBMITTED_AT;
            case "number" -> Field.NUMBER;
            case "claimedAmount" -> Field.CLAIMED_AMOUNT;
            default -> throw new InvalidField("sort", "sort by updatedAt, submittedAt, number or claimedAmount");
        };
        String direction = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new InvalidField("sort", "write the order as field,asc or field,desc");
        }
        return new ClaimSort(field, direction.equals("asc"));
    }

    /** The ORDER BY clause; the claim number breaks ties so that pages never overlap. */
    String orderBy() {
        String order = field.path + (ascending ? " ASC" : " DESC") + " NULLS LAST";
        return field == Field.NUMBER ? order : order + ", c.number";
    }
}

package com.dealerhub.reporting.kpi.definition;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A set of records a KPI counts: those of one source that meet every criterion and whose date
 * field falls in the period, by the network's day (Asia/Shanghai).
 */
public record Population(Source source, String dateField, List<Criterion> criteria) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public Population {
        criteria = List.copyOf(criteria);
    }

    public static Population of(Source source, String dateField, Criterion... criteria) {
        return new Population(source, dateField, List.of(criteria));
    }

    /** The same records, narrowed by more criteria. */
    public Population and(Criterion... more) {
        return new Population(source, dateField, java.util.stream.Stream.concat(criteria.stream(), java.util.Arrays.stream(more)).toList());
    }

    /** The index query of this population in the days {@code from} to {@code to}, inclusive. */
    public Query query(LocalDate from, LocalDate to) {
        return Query.of(q -> q.bool(b -> {
            criteria.forEach(c -> b.filter(c.query()));
            return b.filter(f -> f.range(r -> r.date(d -> d.field(dateField)
                    .gte(from.toString()).lt(to.plusDays(1).toString()).format("yyyy-MM-dd").timeZone(ZONE.getId()))));
        }));
    }

    public boolean matches(JsonObject document, LocalDate from, LocalDate to) {
        if (!criteria.stream().allMatch(c -> c.matches(document))) {
            return false;
        }
        LocalDate day = dayOf(document);
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The network's day of the record's date field, or null when it has none. */
    public LocalDate dayOf(JsonObject document) {
        if (!(Criterion.Fields.value(document, dateField) instanceof JsonString text)) {
            return null;
        }
        String raw = text.getString();
        try {
            return raw.length() == 10 ? LocalDate.parse(raw) : OffsetDateTime.parse(raw).atZoneSameInstant(ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            return Instant.parse(raw).atZone(ZONE).toLocalDate();
        }
    }
}

package com.dealerhub.common.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the writers agree to write a cell: instants in UTC, amounts with two decimals, headers marking UTC. */
final class Cells {

    static final DateTimeFormatter INSTANT_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Cells() {
    }

    /** The column's header, with "(UTC)" after an instant column's so the reader knows the zone. */
    static String header(Column column, Language language) {
        return column.type() == CellType.INSTANT ? column.header(language) + " (UTC)" : column.header(language);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static BigDecimal amount(Number value) {
        BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return decimal.setScale(2, RoundingMode.HALF_UP);
    }

    static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}

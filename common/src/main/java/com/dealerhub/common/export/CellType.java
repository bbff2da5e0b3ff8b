package com.dealerhub.common.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a column holds, and so how a writer writes its cells: text as text, numbers and amounts
 * as numbers (an amount with two decimals), dates and instants as dates (an instant in UTC).
 */
public enum CellType {
    /** Any value, written as its {@code toString()}; an enum as its name. */
    TEXT(Object.class),
    /** A count or any other number ({@link Number}). */
    NUMBER(Number.class),
    /** Money: a {@link BigDecimal} (or any {@link Number}), written with two decimals. */
    AMOUNT(Number.class),
    /** A calendar day ({@link LocalDate}). */
    DATE(LocalDate.class),
    /** A moment ({@link Instant}), written in UTC. */
    INSTANT(Instant.class);

    private final Class<?> javaType;

    CellType(Class<?> javaType) {
        this.javaType = javaType;
    }

    boolean accepts(Object value) {
        return value == null || javaType.isInstance(value);
    }
}

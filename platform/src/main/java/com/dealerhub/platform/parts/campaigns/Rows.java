package com.dealerhub.platform.parts.campaigns;

import jakarta.persistence.Query;

import java.util.List;
import java.util.stream.Stream;

/** The rows of a native query selecting several columns, typed. */
public final class Rows {

    private Rows() {
    }

    public static Stream<Object[]> of(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast);
    }
}

package com.dealerhub.reporting.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What a network search asks for. Every filter is optional; {@code text} matches subject,
 * description, number, dealer name and timeline notes, Chinese included.
 */
public record SearchCriteria(String text, List<String> types, List<String> states, List<String> dealers,
                             List<String> regions, LocalDate from, LocalDate to, int page, int size) {

    public SearchCriteria {
        types = List.copyOf(types);
        states = List.copyOf(states);
        dealers = List.copyOf(dealers);
        regions = List.copyOf(regions);
    }
}

package com.dealerhub.reporting.search;

import com.dealerhub.common.problem.InvalidField;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a network search asks for. Every filter is optional; {@code text} matches subject,
 * description, cause, number, VIN, dealer name and timeline notes, Chinese included.
 */
public record SearchCriteria(String text, List<String> types, List<String> states, List<String> dealers,
                             List<String> regions, LocalDate from, LocalDate to, int page, int size, Warranty warranty,
                             Sla sla, SearchOrder order) {

    /** Filters on warranty claims: VIN, kinds, a part number, a labor operation, an amount range. */
    public record Warranty(String vin, List<String> kinds, String part, String laborOperation,
                           BigDecimal minAmount, BigDecimal maxAmount) {
        public Warranty {
            kinds = List.copyOf(kinds);
        }

        public static final Warranty NONE = new Warranty(null, List.of(), null, null, null, null);
    }

    /** Filters on SLA clocks: the case's overall states, and its next due time before an instant. */
    public record Sla(List<SlaState> states, Instant dueBefore) {
        public Sla {
            states = List.copyOf(states);
        }

        public static final Sla NONE = new Sla(List.of(), null);
    }

    /**
     * Elasticsearch's {@code index.max_result_window}: a search cannot page past this many
     * results, so a deeper page is refused up front rather than failing in Elasticsearch. A
     * person does not read 10,000 results; a filter finds what they look for.
     */
    public static final int RESULT_WINDOW = 10_000;

    public SearchCriteria {
        if ((long) (page + 1) * size > RESULT_WINDOW) {
            throw new InvalidField("page", "page × size may not pass " + RESULT_WINDOW
                    + " results (here up to " + ((long) (page + 1) * size) + "); narrow the search");
        }
        types = List.copyOf(types);
        states = List.copyOf(states);
        dealers = List.copyOf(dealers);
        regions = List.copyOf(regions);
    }
}

package com.dealerhub.reporting.kpi.definition;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a KPI's definition: what it counts and how. The dashboard, the drill-down and
 * the export all evaluate the same definition, so a figure and the records behind it always agree.
 */
public sealed interface KpiDefinition {

    /** The identity of one version of a KPI: a new version applies to periods ending on or after {@code since}. */
    record Version(String code, int number, LocalDate since, Label name, Label formula) {
    }

    Version version();

    Unit unit();

    default String code() {
        return version().code();
    }

    /** numerator / denominator; optionally broken down by the values of one field of the numerator's records (a reason). */
    record Ratio(Version version, Population numerator, Population denominator, String breakdownField) implements KpiDefinition {
        @Override
        public Unit unit() {
            return Unit.SHARE;
        }
    }

    /** The average of a number field over the population (e.g. hours from submission to decision). */
    record Mean(Version version, Population population, String field, Unit unit) implements KpiDefinition {
    }

    /** How many records. */
    record Tally(Version version, Population population) implements KpiDefinition {
        @Override
        public Unit unit() {
            return Unit.COUNT;
        }
    }

    /** A score out of 100: the weighted sum of component ratios, whose weights add up to 100. */
    record WeightedScore(Version version, List<Component> components) implements KpiDefinition {
        public WeightedScore {
            components = List.copyOf(components);
            if (components.stream().mapToInt(Component::weight).sum() != 100) {
                throw new IllegalArgumentException(version.code() + ": weights must add up to 100");
            }
        }

        @Override
        public Unit unit() {
            return Unit.SCORE;
        }
    }

    record Component(int weight, Ratio ratio) {
    }
}

package com.dealerhub.reporting.kpi.evaluation;

import com.dealerhub.reporting.kpi.definition.KpiDefinition;
import com.dealerhub.reporting.kpi.definition.Label;
import com.dealerhub.reporting.kpi.definition.Source;
import com.dealerhub.reporting.kpi.definition.Unit;

import java.time.LocalDate;
import java.util.List;

/** A KPI's definition as the console and the exports show it: which version, what it means, what it can be drilled into. */
public record KpiInfo(String code, int version, LocalDate since, Label name, Label formula, Unit unit, Source source,
                      boolean byReason, List<String> components) {

    public static KpiInfo of(KpiDefinition definition) {
        KpiDefinition.Version v = definition.version();
        return switch (definition) {
            case KpiDefinition.Ratio r -> new KpiInfo(v.code(), v.number(), v.since(), v.name(), v.formula(), r.unit(),
                    r.denominator().source(), r.breakdownField() != null, List.of());
            case KpiDefinition.Mean m -> new KpiInfo(v.code(), v.number(), v.since(), v.name(), v.formula(), m.unit(),
                    m.population().source(), false, List.of());
            case KpiDefinition.Tally t -> new KpiInfo(v.code(), v.number(), v.since(), v.name(), v.formula(), t.unit(),
                    t.population().source(), false, List.of());
            case KpiDefinition.WeightedScore s -> new KpiInfo(v.code(), v.number(), v.since(), v.name(), v.formula(), s.unit(),
                    s.components().getFirst().ratio().denominator().source(), false,
                    s.components().stream().map(c -> c.ratio().code()).toList());
        };
    }
}

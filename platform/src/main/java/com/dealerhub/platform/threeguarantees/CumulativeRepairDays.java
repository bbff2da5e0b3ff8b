package com.dealerhub.platform.threeguarantees;

import java.util.List;

/** Replacement or refund once the cumulative repair days inside the 三包 period exceed the maximum (30). */
public class CumulativeRepairDays implements LedgerRule {

    @Override
    public List<Reason> check(Tally tally, RuleVersion rules) {
        int days = tally.repairDays();
        WarningLevel level = LedgerRule.level(days, rules.yellowRepairDays(), rules.orangeRepairDays(), rules.maxRepairDays() + 1);
        if (level == WarningLevel.NONE) {
            return List.of();
        }
        return List.of(new Reason("REPAIR_DAYS", level,
                "三包有效期内累计修理 " + days + " 天（超过 " + rules.maxRepairDays() + " 天可换车或退车）",
                days + " cumulative repair days within the three-guarantees period (replacement or refund after more than "
                        + rules.maxRepairDays() + ")"));
    }
}

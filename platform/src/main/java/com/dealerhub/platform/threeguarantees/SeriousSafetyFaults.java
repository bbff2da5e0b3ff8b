package com.dealerhub.platform.threeguarantees;

import java.util.List;

/**
 * Replacement or refund once serious safety faults have been repaired the set number of times (2).
 * The first such repair is a warning: the next one is due.
 */
public class SeriousSafetyFaults implements LedgerRule {

    @Override
    public List<Reason> check(Tally tally, RuleVersion rules) {
        int times = tally.seriousSafetyRepairs();
        WarningLevel level = LedgerRule.level(times, 1, rules.seriousSafetyRepairs(), rules.seriousSafetyRepairs());
        if (level == WarningLevel.NONE) {
            return List.of();
        }
        return List.of(new Reason("SERIOUS_SAFETY", level,
                "严重安全性能故障已修理 " + times + " 次（" + rules.seriousSafetyRepairs() + " 次可换车或退车）",
                "serious safety faults repaired " + times + " times (replacement or refund at " + rules.seriousSafetyRepairs() + ")"));
    }
}

package com.dealerhub.platform.threeguarantees;

import java.util.List;
import java.util.Map;

/** Replacement or refund once the same major part has been replaced the set number of times (2). */
public class MajorPartReplacements implements LedgerRule {

    @Override
    public List<Reason> check(Tally tally, RuleVersion rules) {
        return tally.majorPartReplacements().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(part -> {
            int times = part.getValue();
            WarningLevel level = LedgerRule.level(times, 1, rules.majorPartReplacements(), rules.majorPartReplacements());
            return new Reason("MAJOR_PART:" + part.getKey(), level,
                    "同一主要总成 " + MajorPartNames.zh(part.getKey()) + " 已更换 " + times + " 次（" + rules.majorPartReplacements()
                            + " 次可换车或退车）",
                    "the same major part, " + MajorPartNames.en(part.getKey()) + ", replaced " + times + " times (replacement or refund at "
                            + rules.majorPartReplacements() + ")");
        }).filter(reason -> reason.level() != WarningLevel.NONE).toList();
    }
}

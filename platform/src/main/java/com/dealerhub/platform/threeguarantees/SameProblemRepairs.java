package com.dealerhub.platform.threeguarantees;

import java.util.List;
import java.util.Map;

/** Replacement or refund once the same quality problem has been repaired more than the maximum (4) times. */
public class SameProblemRepairs implements LedgerRule {

    @Override
    public List<Reason> check(Tally tally, RuleVersion rules) {
        return tally.sameProblem().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(problem -> {
            int times = problem.getValue();
            WarningLevel level = LedgerRule.level(times, rules.yellowSameProblemRepairs(), rules.orangeSameProblemRepairs(),
                    rules.maxSameProblemRepairs() + 1);
            return new Reason("SAME_PROBLEM:" + problem.getKey(), level,
                    "同一质量问题 " + problem.getKey() + " 已修理 " + times + " 次（超过 " + rules.maxSameProblemRepairs() + " 次可换车或退车）",
                    "the same problem " + problem.getKey() + " repaired " + times + " times (replacement or refund after more than "
                            + rules.maxSameProblemRepairs() + ")");
        }).filter(reason -> reason.level() != WarningLevel.NONE).toList();
    }
}

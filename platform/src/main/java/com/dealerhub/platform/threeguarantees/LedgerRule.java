package com.dealerhub.platform.threeguarantees;

import java.util.List;

/** One of the regulation's grounds for replacement or refund, judged on a vehicle's tally: the reasons it finds. */
public interface LedgerRule {

    List<Reason> check(Tally tally, RuleVersion rules);

    /** The level a count reaches against its yellow, orange and due thresholds. */
    static WarningLevel level(int count, int yellowFrom, int orangeFrom, int dueFrom) {
        if (count >= dueFrom) {
            return WarningLevel.RED;
        }
        if (count >= orangeFrom) {
            return WarningLevel.ORANGE;
        }
        return count >= yellowFrom ? WarningLevel.YELLOW : WarningLevel.NONE;
    }
}

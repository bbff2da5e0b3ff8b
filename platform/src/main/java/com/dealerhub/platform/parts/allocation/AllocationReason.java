package com.dealerhub.platform.parts.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Why a line got what it got, in words a dealer and the parts staff can check, in both languages.
 *
 * @param code       FULL (the tier's stock covered every line), PRO_RATA (a shortage in the line's tier),
 *                   EXHAUSTED (higher tiers took the stock), NO_STOCK (none of the part available)
 * @param available  the stock the line's tier had to share
 * @param tierAsked  what every line of the tier asked together
 * @param quota      the line's exact pro-rata quota (asked × available ÷ tier asked)
 * @param rounded    one more part given by the largest remainder
 */
public record AllocationReason(String code, String tier, int asked, int allocated, int available, int tierAsked,
                               BigDecimal quota, boolean rounded, int rank) {

    public String english() {
        return switch (code) {
            case "FULL" -> "asked %d, allocated %d: the %s tier's %d available covered all %d asked"
                    .formatted(asked, allocated, tier, available, tierAsked);
            case "PRO_RATA" -> "asked %d of the %d asked in the %s tier with %d available: pro rata %s, allocated %d%s"
                    .formatted(asked, tierAsked, tier, available, quota.toPlainString(), allocated,
                            rounded ? " (one more by largest remainder, rank " + rank + ")" : "");
            case "EXHAUSTED" -> "asked %d, allocated 0: higher tiers took all the stock".formatted(asked);
            default -> "asked %d, allocated 0: no stock of the part".formatted(asked);
        };
    }

    public String chinese() {
        return switch (code) {
            case "FULL" -> "需求 %d，分配 %d：%s 级可用 %d，足以满足该级全部需求 %d".formatted(asked, allocated, tier, available, tierAsked);
            case "PRO_RATA" -> "需求 %d（%s 级合计需求 %d，可用 %d）：按比例 %s，分配 %d%s"
                    .formatted(asked, tier, tierAsked, available, quota.toPlainString(), allocated,
                            rounded ? "（按最大余数多分 1 件，排序第 " + rank + "）" : "");
            case "EXHAUSTED" -> "需求 %d，分配 0：库存已被更高优先级分完".formatted(asked);
            default -> "需求 %d，分配 0：该零件无库存".formatted(asked);
        };
    }

    /** A reason as an allocation result row keeps it: its code and figures. */
    public static AllocationReason stored(String code, String tier, int asked, int allocated, int available, int tierAsked,
                                          BigDecimal quota, boolean rounded, int rank) {
        return new AllocationReason(code, tier, asked, allocated, available, tierAsked, quota.stripTrailingZeros(), rounded, rank);
    }

    static BigDecimal quota(int asked, int available, int tierAsked) {
        return BigDecimal.valueOf((long) asked * available).divide(BigDecimal.valueOf(tierAsked), 4, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }
}

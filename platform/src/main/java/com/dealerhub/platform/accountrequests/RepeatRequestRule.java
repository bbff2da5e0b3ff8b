package com.dealerhub.platform.accountrequests;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A dealer's second account request within the network's window (default 12 months,
 * any account, any system) must copy the regional after-sales VP and carry a signed
 * account-management guarantee letter.
 */
public record RepeatRequestRule(int windowMonths) {

    public static final String GUARANTEE_LETTER = "GUARANTEE_LETTER";

    /** Whether a submission at {@code now} repeats one made at {@code previousSubmission} (null: none). */
    public boolean isRepeat(Instant previousSubmission, Instant now) {
        return previousSubmission != null
                && !previousSubmission.isBefore(now.atOffset(ZoneOffset.UTC).minusMonths(windowMonths).toInstant());
    }
}

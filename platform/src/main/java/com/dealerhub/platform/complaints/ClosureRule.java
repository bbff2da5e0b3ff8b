package com.dealerhub.platform.complaints;

import java.util.Optional;

/**
 * A closure counts only when the reported fault is fixed and the customer is satisfied (DOMAIN
 * section 3). The seeds' non-closure conditions ("calmed but not repaired", "waiting for parts"...)
 * are refused as closures: they can only be filed as delays, with progress.
 */
public final class ClosureRule {

    /** The dealer's account of how the complaint ended. */
    public static final String FIXED_AND_SATISFIED = "FIXED_AND_SATISFIED";

    private ClosureRule() {
    }

    /** Why this outcome is not a closure; empty when it is one. */
    public static Optional<String> refusal(String outcome) {
        if (FIXED_AND_SATISFIED.equals(outcome)) {
            return Optional.empty();
        }
        try {
            NonClosureReason condition = NonClosureReason.valueOf(outcome);
            return Optional.of(condition + " is not a closure: the fault must be fixed and the customer satisfied; "
                    + "file it as a delay with progress instead");
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.of("one of " + FIXED_AND_SATISFIED + " (the only closure) or a delay condition");
        }
    }
}

package com.dealerhub.platform.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of a complaint's steps. */
public final class ComplaintRequests {

    private ComplaintRequests() {
    }

    /** What the dealer or CAC says with a step: the contact made, the progress, the customer update. */
    public record Note(@NotBlank @Size(max = 2000) String note) {
    }

    /** A delay: why the complaint cannot be closed yet, and the progress so far. */
    public record Delay(@NotNull NonClosureReason reason, @NotBlank @Size(max = 2000) String progress) {
    }

    /** A closure: {@code outcome} must be {@link ClosureRule#FIXED_AND_SATISFIED}; the resolution says what was done. */
    public record Closure(@NotBlank @Size(max = 40) String outcome, @NotBlank @Size(max = 2000) String resolution) {
    }

    /** CAC's callback after a closure: what the customer said. */
    public record Callback(@NotNull CallbackOutcome outcome, @Size(max = 2000) String note) {
    }
}

package com.dealerhub.platform.complaints;

/** What the customer told CAC on the callback after a closure. */
public enum CallbackOutcome {
    SATISFIED, NOT_REPAIRED, UNSATISFIED;

    /** The dealer reported a closure the customer denies: a false closure, recorded against the dealer. */
    public boolean provesFalseClosure() {
        return this != SATISFIED;
    }
}

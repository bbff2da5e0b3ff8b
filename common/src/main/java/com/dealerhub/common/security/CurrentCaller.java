package com.dealerhub.common.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller of the work running on this thread: set by {@link CallerFilter} for a request,
 * or by {@link #runAs} for background work. Hibernate's tenant resolver and the database
 * scope read it, which is why it is a thread-bound value and not only a CDI bean.
 */
public final class CurrentCaller {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CurrentCaller() {
    }

    public static Optional<Caller> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The caller, or an error if the code runs outside any caller (a programming error). */
    public static Caller require() {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new IllegalStateException("no caller bound to this thread");
        }
        return caller;
    }

    public static <T> T runAs(Caller caller, Supplier<T> work) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(Caller caller, Runnable work) {
        runAs(caller, () -> {
            work.run();
            return null;
        });
    }
}

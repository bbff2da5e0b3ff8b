package com.dealerhub.common.problem;

/** A business rule refused the request; mapped once, by {@link DomainExceptionMapper}, to a problem body. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    public abstract Problem problem();
}

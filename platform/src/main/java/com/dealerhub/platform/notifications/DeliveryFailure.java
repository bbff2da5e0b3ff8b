package com.dealerhub.platform.notifications;

/**
 * A channel could not deliver. {@code refused}: the server answered and will not take this message
 * (tried a few more times, then given up); otherwise it could not be reached and is waited for.
 */
public class DeliveryFailure extends Exception {

    private final boolean refused;

    public DeliveryFailure(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }
}

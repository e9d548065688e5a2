package io.vigil.messaging;

import io.vigil.kernel.VigilException;

/** A message was not delivered; {@link #retryable()} says whether trying again later may succeed. */
public final class DeliveryException extends VigilException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public DeliveryException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    /** Whether the failure may pass (a timeout, a busy server) rather than be final (a refused address). */
    public boolean retryable() {
        return retryable;
    }
}

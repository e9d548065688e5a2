package io.vigil.kernel.access;

import io.vigil.kernel.VigilException;

/** Thrown when the access policy refuses an operation; the message is the policy's reason. */
public final class AccessDeniedException extends VigilException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String reason) {
        super(reason);
    }
}

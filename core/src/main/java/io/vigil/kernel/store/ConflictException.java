package io.vigil.kernel.store;

import io.vigil.kernel.VigilException;

/** Thrown when a change would break a rule between records (removing a sponsor who still has dependents). */
public final class ConflictException extends VigilException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}

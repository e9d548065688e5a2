package io.vigil.kernel.store;

import io.vigil.kernel.VigilException;

/** Thrown when a record does not exist, or the actor's office has no such record. */
public final class NotFoundException extends VigilException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String resourceType, Object id) {
        super(resourceType + " " + id + " was not found");
    }
}

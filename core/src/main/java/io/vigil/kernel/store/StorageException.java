package io.vigil.kernel.store;

import io.vigil.kernel.VigilException;

/** Thrown by an adapter when its storage fails (I/O, database); the change it was making did not happen. */
public final class StorageException extends VigilException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}

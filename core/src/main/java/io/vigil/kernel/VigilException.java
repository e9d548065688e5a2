package io.vigil.kernel;

/** Base of the exceptions Vigil's use cases throw; each subtype maps to one kind of refusal. */
public abstract class VigilException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected VigilException(String message) {
        super(message);
    }

    protected VigilException(String message, Throwable cause) {
        super(message, cause);
    }
}

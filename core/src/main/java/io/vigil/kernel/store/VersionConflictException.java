package io.vigil.kernel.store;

import io.vigil.kernel.VigilException;

/** Thrown by every store when an update or delete names a version that is no longer current. */
public final class VersionConflictException extends VigilException {
    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long actual;

    /**
     * @param expected the version the caller based its change on (0 for a new record)
     * @param actual   the stored version (0 if there is none)
     */
    public VersionConflictException(String resourceType, Object id, long expected, long actual) {
        super(message(resourceType, id, expected, actual));
        this.expected = expected;
        this.actual = actual;
    }

    private static String message(String type, Object id, long expected, long actual) {
        if (expected == 0) {
            return type + " " + id + " already exists";
        }
        if (actual == 0) {
            return type + " " + id + " no longer exists";
        }
        return type + " " + id + " was changed by someone else: expected version " + expected
                + ", current version " + actual;
    }

    /** The version the caller expected. */
    public long expected() {
        return expected;
    }

    /** The version actually stored, 0 if none. */
    public long actual() {
        return actual;
    }
}

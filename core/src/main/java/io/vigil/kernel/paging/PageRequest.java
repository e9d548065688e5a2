package io.vigil.kernel.paging;

import io.vigil.kernel.InvalidValueException;
/** Which slice of a list to return: skip {@code offset} items, return at most {@code limit}. */
public record PageRequest(int offset, int limit) {
    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidValueException("offset", "must not be negative, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first page of the given size. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}

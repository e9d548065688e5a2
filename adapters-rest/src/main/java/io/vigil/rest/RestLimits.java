package io.vigil.rest;

import io.vigil.kernel.Require;
import io.vigil.kernel.paging.PageRequest;

/**
 * What one HTTP request may carry beyond the command records' own limits: the body's size (a
 * larger one is refused with 413) and the page size a list may be asked for ({@code ?limit=}, a
 * larger one is refused with 400 naming {@code limit}). A host binds its own with
 * {@code OptionalBinder}; {@link #DEFAULT} otherwise.
 *
 * @param maxBodyBytes the largest request body, in bytes: {@value #MIN_BODY_BYTES} to {@value #MAX_BODY_BYTES}
 * @param maxPageSize  the largest page: 1 to {@link PageRequest#MAX_LIMIT}
 */
public record RestLimits(int maxBodyBytes, int maxPageSize) {
    public static final int MIN_BODY_BYTES = 1_024;
    public static final int MAX_BODY_BYTES = 16_000_000;

    /** A body of at most 1,000,000 bytes, pages of at most 500. */
    public static final RestLimits DEFAULT = new RestLimits(1_000_000, PageRequest.MAX_LIMIT);

    public RestLimits {
        Require.that(maxBodyBytes >= MIN_BODY_BYTES && maxBodyBytes <= MAX_BODY_BYTES, "maxBodyBytes",
                "must be between " + MIN_BODY_BYTES + " and " + MAX_BODY_BYTES);
        Require.that(maxPageSize >= 1 && maxPageSize <= PageRequest.MAX_LIMIT, "maxPageSize",
                "must be between 1 and " + PageRequest.MAX_LIMIT);
    }
}

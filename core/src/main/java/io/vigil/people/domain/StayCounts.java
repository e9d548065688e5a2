package io.vigil.people.domain;

import io.vigil.kernel.Require;

/**
 * An office's stays counted at an instant, by person and without names: how many persons have any
 * stay in the country recorded, and how many of them have one covering the instant
 * ({@link Presence#coversInstant}).
 */
public record StayCounts(long withStays, long covered) {
    /** No stay recorded. */
    public static final StayCounts NONE = new StayCounts(0, 0);

    public StayCounts {
        Require.that(withStays >= 0, "withStays", "must not be negative");
        Require.that(covered >= 0 && covered <= withStays, "covered", "must be between 0 and withStays");
    }
}

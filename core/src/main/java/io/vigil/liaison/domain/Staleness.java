package io.vigil.liaison.domain;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a contact is stale at an instant: not reached for more than their threshold of days
 * since they were last reached (or, never reached, since they were added). Exactly the threshold is
 * not yet stale.
 *
 * @param lastReached the latest contact logged at or before {@code at}, else when the contact was added
 * @param days        the whole days from {@code lastReached} to {@code at}
 */
public record Staleness(Instant lastReached, int threshold, long days, boolean stale) {
    public Staleness {
        Require.nonNull(lastReached, "lastReached");
        Require.that(threshold >= 1, "threshold", "must be at least 1");
    }

    /** The staleness at {@code at} of a contact last reached at {@code lastReached}, stale after {@code threshold} days. */
    public static Staleness at(Instant at, Instant lastReached, int threshold) {
        Duration since = Duration.between(lastReached, at);
        return new Staleness(lastReached, threshold, Math.max(0, since.toDays()),
                since.compareTo(Duration.ofDays(threshold)) > 0);
    }
}

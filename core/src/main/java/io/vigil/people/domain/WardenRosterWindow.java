package io.vigil.people.domain;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * How far from now a warden may ask for their zone's roster: a warden looks after who is in their
 * zone now and in the days around now (visitors arriving, people who just left), not who lived
 * there years ago. Actors who may read residences office-wide (the security roles, the SOC) may
 * ask for any instant.
 *
 * @param back  how far before now
 * @param ahead how far after now
 */
public record WardenRosterWindow(Duration back, Duration ahead) {
    /** The limit of either side: a century, so that now minus it is always a valid instant. */
    private static final Duration MAX = Duration.ofDays(36_525);

    /** A week back and a week ahead. */
    public static final WardenRosterWindow DEFAULT = new WardenRosterWindow(Duration.ofDays(7), Duration.ofDays(7));

    public WardenRosterWindow {
        Require.nonNull(back, "back");
        Require.nonNull(ahead, "ahead");
        Require.that(!back.isNegative() && back.compareTo(MAX) <= 0, "back", "must be between 0 and 36525 days");
        Require.that(!ahead.isNegative() && ahead.compareTo(MAX) <= 0, "ahead", "must be between 0 and 36525 days");
    }

    /** Whether {@code at} lies within the window around {@code now}, both ends included. */
    public boolean covers(Instant now, Instant at) {
        return !at.isBefore(now.minus(back)) && !at.isAfter(now.plus(ahead));
    }

    /** "7 days before now to 24 hours after it": whole days from two days on, else hours or minutes. */
    public String describe() {
        return words(back) + " before now to " + words(ahead) + " after it";
    }

    private static String words(Duration d) {
        if (d.toDays() >= 2 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + " days";
        }
        if (d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toMinutes() + " minutes";
    }
}

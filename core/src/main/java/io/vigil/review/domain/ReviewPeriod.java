package io.vigil.review.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.time.LocalTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What a review covers: the period {@code [from, to)} and the instant {@code asOf} whose recorded
 * data it counts. A record counts only if it was recorded at or before {@code asOf}, so a review
 * made again with the same three instants gives the same figures. The period is at most
 * {@link #MAX_DAYS} days and closed ({@code to <= asOf}). {@code zone} is the office's time zone: the
 * local days and months a section counts by (the day of {@code asOf}, incidents by month) and the
 * times the review shows are the office's, the instants themselves stay UTC.
 */
public record ReviewPeriod(Instant from, Instant to, Instant asOf, ZoneId zone) {
    /** The longest period one review covers, in days. */
    public static final int MAX_DAYS = 366;

    public ReviewPeriod {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(asOf, "asOf");
        Require.nonNull(zone, "zone");
        Require.that(to.isAfter(from), "to", "must be after from");
        Require.that(Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) <= 0, "to",
                "must be at most " + MAX_DAYS + " days after from");
        Require.that(!asOf.isBefore(to), "asOf", "must not be before to");
    }

    /** The period of an office without a zone of its own, which counts as UTC. */
    public ReviewPeriod(Instant from, Instant to, Instant asOf) {
        this(from, to, asOf, ZoneOffset.UTC);
    }

    /** The office's local day an instant falls on. */
    public LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** An instant as the office's local time to the minute, its zone named ({@link LocalTimes#format}). */
    public String time(Instant at) {
        return LocalTimes.format(at, zone);
    }

    /** Whether an instant falls in the period. */
    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** Whether something recorded at that instant was on record as of the review. */
    public boolean recorded(Instant at) {
        return !at.isAfter(asOf);
    }

    /** The period of the same length just before this one (for a trend), as of the same instant. */
    public ReviewPeriod previous() {
        Duration length = Duration.between(from, to);
        return new ReviewPeriod(from.minus(length), from, asOf, zone);
    }
}

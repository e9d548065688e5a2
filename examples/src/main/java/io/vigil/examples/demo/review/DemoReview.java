package io.vigil.examples.demo.review;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The demo office's quarterly programme review. The demo data is dated from the day the app first
 * seeds it (incidents a day or three before, recorded when seeded; drills due; tests just run), so
 * its quarter is the 91 days up to the millisecond the review is asked for, as of that same instant
 * (a whole minute would leave out what was seeded in that minute): asked again with the same three
 * instants it gives the same figures. Nothing is stored for it; the review is
 * built from every context's records.
 */
public record DemoReview(Instant from, Instant to, Instant asOf) {
    /** The length of the demo's quarter. */
    public static final Duration QUARTER = Duration.ofDays(91);

    /** The demo's quarter up to {@code now}. */
    public static DemoReview quarterUpTo(Instant now) {
        Instant to = now.truncatedTo(ChronoUnit.MILLIS);
        return new DemoReview(to.minus(QUARTER), to, to);
    }

    /** The query string of the review's routes, e.g. {@code ?from=...&to=...&asOf=...}. */
    public String query() {
        return "?from=" + from + "&to=" + to + "&asOf=" + asOf;
    }
}

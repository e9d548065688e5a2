package io.vigil.jdbc.people;

import java.time.Duration;
import java.time.Instant;

/**
 * The reach class of a leg or stay, by which {@code mission_span_range} is indexed: the smallest
 * {@code k} from 0 to 8 such that the span lasts less than 4<sup>k</sup> days, or {@link #OPEN} for
 * a longer one. A span of class {@code k} that reaches a window starting at {@code from} starts
 * after {@code from} minus 4<sup>k</sup> days, so the candidate query reads one bounded index range
 * per class, and a long span costs one row, not one per day. Migration V10, which knows only how
 * many UTC days each span touched ({@code n}: it lasts less than {@code n} days), gives the
 * smallest {@code k} with {@code n} at most 4<sup>k</sup>: the same class or a higher one, never a
 * lower, so its rows are found as well.
 */
final class SpanReach {
    /** The class of spans of 4<sup>8</sup> = 65,536 days (about 179 years) or longer: read from the first start. */
    static final int OPEN = 9;
    private static final long SECONDS_PER_DAY = 86_400;

    private SpanReach() {
    }

    /** The class of the span from {@code start} to {@code end}. */
    static int of(Instant start, Instant end) {
        Duration length = Duration.between(start, end);
        int reach = 0;
        while (reach < OPEN && length.compareTo(Duration.ofDays(days(reach))) >= 0) {
            reach++;
        }
        return reach;
    }

    /** 4<sup>reach</sup>: more days than a span of the class lasts. */
    static long days(int reach) {
        return 1L << (2 * reach);
    }

    /** The earliest start of a span of a bounded class that still reaches {@code from}. */
    static Instant earliestStart(int reach, Instant from) {
        long seconds = days(reach) * SECONDS_PER_DAY;
        return from.getEpochSecond() - Instant.MIN.getEpochSecond() < seconds ? Instant.MIN
                : from.minusSeconds(seconds);
    }
}

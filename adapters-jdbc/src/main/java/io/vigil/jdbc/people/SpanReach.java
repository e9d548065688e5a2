package io.vigil.jdbc.people;

import java.time.Instant;

/**
 * The reach class of a leg or stay, by which {@code mission_span_range} is indexed: the smallest
 * {@code k} from 0 to 8 such that the span touches at most 4<sup>k</sup> UTC days, or {@link #OPEN}
 * for a longer one. A span of class {@code k} lasts less than 4<sup>k</sup> days, so one that
 * reaches a window starting at {@code from} starts after {@code from} minus 4<sup>k</sup> days:
 * the candidate query reads one bounded index range per class, and a long span costs one row, not
 * one per day. Migration V10 computes the same class from the old table's rows per day.
 */
final class SpanReach {
    /** The class of spans touching more than 4<sup>8</sup> = 65,536 days (about 179 years): read whole. */
    static final int OPEN = 9;
    private static final long SECONDS_PER_DAY = 86_400;

    private SpanReach() {
    }

    /** The class of the span from {@code start} to {@code end}. */
    static int of(Instant start, Instant end) {
        long touched = day(end) - day(start) + 1;
        int reach = 0;
        while (reach < OPEN && touched > days(reach)) {
            reach++;
        }
        return reach;
    }

    /** 4<sup>reach</sup>: the days a span of the class may touch, and more than it may last. */
    static long days(int reach) {
        return 1L << (2 * reach);
    }

    /** The earliest start of a span of a bounded class that still reaches {@code from}. */
    static Instant earliestStart(int reach, Instant from) {
        long seconds = days(reach) * SECONDS_PER_DAY;
        return from.getEpochSecond() - Instant.MIN.getEpochSecond() < seconds ? Instant.MIN
                : from.minusSeconds(seconds);
    }

    private static long day(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), SECONDS_PER_DAY);
    }
}

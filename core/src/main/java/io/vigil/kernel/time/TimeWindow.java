package io.vigil.kernel.time;

import io.vigil.kernel.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/** A closed interval of instants [from, to]. */
public record TimeWindow(Instant from, Instant to) {
    public TimeWindow {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "must not be before from");
        }
    }

    /** The window holding a single instant. */
    public static TimeWindow at(Instant instant) {
        return new TimeWindow(instant, instant);
    }

    /** Whether the instant lies inside the window, ends included. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }

    /** Whether [start, end] shares an instant with the window; a null end means open-ended. */
    public boolean overlaps(Instant start, Instant end) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /**
     * Whether [start, end) shares an instant with the window: the end itself is not included, as
     * a move-out or a check-out is the first instant someone is no longer there; a null end means
     * open-ended.
     */
    public boolean overlapsEndExcluded(Instant start, Instant end) {
        return !start.isAfter(to) && (end == null || end.isAfter(from));
    }
}

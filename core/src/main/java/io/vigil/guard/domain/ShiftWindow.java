package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

/**
 * A shift window of a post on some weekdays, such as 07:00–19:00 every day. An end at or before
 * the start is on the next day (19:00–07:00 is a night window of 12 hours); a window belongs to
 * the day it starts on.
 */
public record ShiftWindow(List<DayOfWeek> days, LocalTime start, LocalTime end) {
    public ShiftWindow {
        days = Require.noNulls(days, "days");
        Require.that(!days.isEmpty(), "days", "must name at least one weekday");
        Require.that(EnumSet.copyOf(days).size() == days.size(), "days", "must not repeat a weekday");
        days = List.copyOf(EnumSet.copyOf(days));
        Require.nonNull(start, "start");
        Require.nonNull(end, "end");
        Hours.requireQuarter(start, "start");
        Hours.requireQuarter(end, "end");
        Require.that(!start.equals(end), "end", "must differ from start (a window is shorter than 24 hours)");
    }

    /** Whether the window opens on that weekday. */
    public boolean on(DayOfWeek day) {
        return days.contains(day);
    }

    /** Whether the window ends on the day after it starts. */
    public boolean overnight() {
        return !end.isAfter(start);
    }

    /** The window's length in hours, exactly. */
    public BigDecimal hours() {
        long minutes = Duration.between(start, end).toMinutes();
        return Hours.ofMinutes(overnight() ? minutes + 24 * 60 : minutes);
    }
}

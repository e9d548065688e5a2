package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;

/** How often one kind of drill is due: an RFC 5545 recurrence rule counted from a start date. */
public record ScheduleRule(ExerciseKind kind, String rule, LocalDate start) {
    /** The earliest start date. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The latest start date. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public ScheduleRule {
        Require.nonNull(kind, "kind");
        rule = Recurrence.parse(rule, "rule").toString();
        Require.nonNull(start, "start");
        Require.that(!start.isBefore(EARLIEST) && !start.isAfter(LATEST), "start",
                "must be between " + EARLIEST + " and " + LATEST);
    }

    /** The rule as a recurrence. */
    public Recurrence recurrence() {
        return Recurrence.parse(rule, "rule");
    }
}

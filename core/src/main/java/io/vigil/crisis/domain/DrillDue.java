package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When the next drill of a kind is due by its schedule: the first occurrence of its rule after the
 * last drill of that kind held (the first occurrence, if none was), overdue once the day is past;
 * empty when the rule has ended.
 */
public record DrillDue(ExerciseKind kind, String rule, Optional<LocalDate> lastHeld, Optional<LocalDate> due,
                       boolean overdue) {
    public DrillDue {
        Require.nonNull(kind, "kind");
        Require.nonNull(rule, "rule");
        Require.nonNull(lastHeld, "lastHeld");
        Require.nonNull(due, "due");
    }

    /** The due date of the rule's kind, given the last drill of the kind held, on {@code today}. */
    public static DrillDue of(ScheduleRule rule, Optional<LocalDate> lastHeld, LocalDate today) {
        Optional<LocalDate> due = rule.recurrence().firstAfter(rule.start(), lastHeld);
        return new DrillDue(rule.kind(), rule.rule(), lastHeld, due, due.map(today::isAfter).orElse(false));
    }
}

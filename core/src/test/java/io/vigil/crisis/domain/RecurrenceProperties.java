package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vigil.kernel.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Drill due dates from RFC 5545 rules: hand-worked cases, and an oracle that counts whole periods
 * from the start with java.time (independent of lib-recur) for monthly and weekly rules.
 */
class RecurrenceProperties {
    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(300);
    }

    private static ScheduleRule fire(String rule) {
        return new ScheduleRule(ExerciseKind.FIRE, rule, START);
    }

    @Test
    void a_fire_drill_every_six_months_is_due_six_months_after_the_occurrence_before_the_last_drill() {
        ScheduleRule rule = fire("FREQ=MONTHLY;INTERVAL=6");
        DrillDue none = DrillDue.of(rule, Optional.empty(), LocalDate.of(2024, 1, 10));
        assertThat(none.due()).contains(START);
        assertThat(none.overdue()).isFalse();
        DrillDue held = DrillDue.of(rule, Optional.of(LocalDate.of(2025, 3, 2)), LocalDate.of(2025, 7, 15));
        assertThat(held.due()).contains(LocalDate.of(2025, 7, 15));
        assertThat(held.overdue()).as("due today is not overdue yet").isFalse();
        assertThat(DrillDue.of(rule, Optional.of(LocalDate.of(2025, 3, 2)), LocalDate.of(2025, 7, 16)).overdue())
                .isTrue();
        assertThat(DrillDue.of(rule, Optional.of(LocalDate.of(2025, 7, 15)), LocalDate.of(2025, 8, 1)).due())
                .as("a drill held on the due day satisfies it").contains(LocalDate.of(2026, 1, 15));
    }

    @Test
    void a_rule_that_has_ended_is_never_due() {
        ScheduleRule rule = fire("FREQ=YEARLY;COUNT=2");
        assertThat(DrillDue.of(rule, Optional.of(LocalDate.of(2025, 2, 1)), LocalDate.of(2030, 1, 1)).due()).isEmpty();
        assertThat(DrillDue.of(rule, Optional.of(LocalDate.of(2025, 2, 1)), LocalDate.of(2030, 1, 1)).overdue())
                .isFalse();
    }

    @Test
    void bad_rules_and_rules_finer_than_a_day_are_refused_naming_the_rule() {
        assertThatThrownBy(() -> fire("FREQ=FORTNIGHTLY")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("rule");
        assertThatThrownBy(() -> fire("FREQ=HOURLY;INTERVAL=6")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("DAILY, WEEKLY, MONTHLY or YEARLY");
        assertThatThrownBy(() -> fire("x".repeat(201))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_monthly_rule_is_due_on_the_first_whole_period_from_the_start_after_the_last_drill() {
        qt().forAll(integers().between(1, 12), integers().between(1, 28), integers().between(0, 4000))
                .checkAssert((months, day, heldAfter) -> {
                    LocalDate start = LocalDate.of(2022, 3, day);
                    LocalDate held = start.plusDays(heldAfter);
                    LocalDate expected = start;
                    while (!expected.isAfter(held)) {
                        expected = expected.plusMonths(months);
                    }
                    ScheduleRule rule = new ScheduleRule(ExerciseKind.EARTHQUAKE, "FREQ=MONTHLY;INTERVAL=" + months,
                            start);
                    DrillDue due = DrillDue.of(rule, Optional.of(held), expected);
                    assertThat(due.due()).contains(expected);
                    assertThat(due.overdue()).isFalse();
                    assertThat(DrillDue.of(rule, Optional.of(held), expected.plusDays(1)).overdue()).isTrue();
                });
    }

    @Test
    void a_weekly_rule_is_due_on_the_first_whole_period_from_the_start_after_the_last_drill() {
        qt().forAll(integers().between(1, 26), integers().between(0, 2000), integers().between(0, 6))
                .checkAssert((weeks, heldAfter, startShift) -> {
                    LocalDate start = LocalDate.of(2023, 5, 1).plusDays(startShift);
                    LocalDate held = start.plusDays(heldAfter);
                    LocalDate expected = start;
                    while (!expected.isAfter(held)) {
                        expected = expected.plusWeeks(weeks);
                    }
                    ScheduleRule rule = new ScheduleRule(ExerciseKind.TABLETOP, "FREQ=WEEKLY;INTERVAL=" + weeks, start);
                    assertThat(DrillDue.of(rule, Optional.of(held), held).due()).contains(expected);
                });
    }
}

package io.vigil.guard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a site is next inspected, and a suggested time that varies yet repeats for the same inputs. */
class InspectionScheduleTest {
    private final GuardContract contract = GuardExamples.contract(); // every 30 days, from 2025-02-01
    private final UUID site = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Test
    void the_next_inspection_is_due_the_interval_after_the_last_or_at_the_start() {
        assertThat(InspectionSchedule.due(contract, Optional.of(LocalDateTime.parse("2026-03-02T03:15"))))
                .isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(InspectionSchedule.due(contract, Optional.empty())).isEqualTo(LocalDate.parse("2025-02-01"));
    }

    @Test
    void the_suggested_time_lies_in_the_ten_days_before_it_is_due_on_a_quarter_hour_and_repeats() {
        LocalDate due = LocalDate.parse("2026-04-01");
        LocalDate today = LocalDate.parse("2026-03-05");
        LocalDateTime suggested = InspectionSchedule.suggested(contract, site, due, today);
        // 30 days / 3 = 10: from 23 March to 1 April
        assertThat(suggested.toLocalDate()).isBetween(LocalDate.parse("2026-03-23"), due);
        assertThat(suggested.getMinute() % 15).isZero();
        assertThat(InspectionSchedule.suggested(contract, site, due, today)).isEqualTo(suggested);
    }

    @Test
    void suggestions_vary_with_the_due_day_and_the_site_across_days_and_hours() {
        Set<LocalDate> days = new HashSet<>();
        Set<Integer> hours = new HashSet<>();
        LocalDate today = LocalDate.parse("2025-01-01");
        for (int i = 0; i < 60; i++) {
            LocalDate due = LocalDate.parse("2026-04-01").plusDays(30L * i);
            LocalDateTime s = InspectionSchedule.suggested(contract, new UUID(0, i), due, today);
            assertThat(s.toLocalDate()).isBetween(due.minusDays(9), due);
            hours.add(s.getHour());
            days.add(s.toLocalDate());
        }
        assertThat(hours).as("not always the same hour").hasSizeGreaterThan(10);
        assertThat(days.stream().map(d -> d.getDayOfWeek()).distinct().count()).as("not always the same weekday")
                .isGreaterThan(3);
    }

    @Test
    void once_overdue_the_suggestion_is_from_today_on() {
        LocalDate due = LocalDate.parse("2026-03-01");
        LocalDate today = LocalDate.parse("2026-03-20");
        LocalDateTime s = InspectionSchedule.suggested(contract, site, due, today);
        assertThat(s.toLocalDate()).isBetween(today, today.plusDays(9));
    }
}

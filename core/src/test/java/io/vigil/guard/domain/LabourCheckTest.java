package io.vigil.guard.domain;

import static io.vigil.guard.domain.GuardExamples.guard;
import static io.vigil.guard.domain.GuardExamples.shift;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster against Mexico's and the Central African Republic's standards, values worked out by hand. */
class LabourCheckTest {
    private final LabourCheck mexico = new LabourCheck(GuardExamples.mexico());

    private static Roster roster(String from, String to, List<Shift> shifts) {
        return GuardExamples.roster(LocalDate.parse(from), LocalDate.parse(to), List.of(guard("B-1"), guard("B-2")),
                shifts);
    }

    @Test
    void shifts_are_day_night_or_mixed_by_their_night_hours() {
        assertThat(mexico.kind(shift("B-1", "P", "2026-03-02T07:00", "2026-03-02T15:00")))
                .isEqualTo(LabourCheck.ShiftKind.DAY);
        // 15:00–22:30 has 2.5 night hours (20:00–22:30), under 3.5: mixed
        assertThat(mexico.kind(shift("B-1", "P", "2026-03-02T15:00", "2026-03-02T22:30")))
                .isEqualTo(LabourCheck.ShiftKind.MIXED);
        // 15:00–23:30 has 3.5 night hours: night, so 8.5 h is 1.5 h of overtime over 7
        Shift longEvening = shift("B-1", "P", "2026-03-02T15:00", "2026-03-02T23:30");
        assertThat(mexico.kind(longEvening)).isEqualTo(LabourCheck.ShiftKind.NIGHT);
        assertThat(mexico.overtime(longEvening)).isEqualByComparingTo("1.5");
        assertThat(mexico.kind(shift("B-1", "P", "2026-03-02T22:00", "2026-03-03T05:00")))
                .isEqualTo(LabourCheck.ShiftKind.NIGHT);
    }

    @Test
    void a_12_hour_day_shift_breaks_mexicos_8_hours_plus_3_of_overtime() {
        List<LabourViolation> found = mexico.violations(roster("2026-03-01", "2026-03-31",
                List.of(shift("B-1", "IBRD-GATE", "2026-03-12T07:00", "2026-03-12T19:00"))));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("SHIFT_LENGTH");
            assertThat(v.who()).isEqualTo("B-1");
            assertThat(v.from()).isEqualTo(LocalDate.parse("2026-03-12"));
            assertThat(v.values()).isEqualTo("day shift of 12 h on post IBRD-GATE (2026-03-12T07:00 to"
                    + " 2026-03-12T19:00) exceeds 8 h plus 3 h overtime = 11 h");
        });
    }

    @Test
    void overtime_on_more_than_three_days_of_a_week_is_named_with_the_days() {
        // Monday 2 March to Thursday 5 March: 10 h day shifts, 2 h of overtime each, on 4 days
        List<Shift> shifts = new ArrayList<>();
        for (int day = 2; day <= 5; day++) {
            shifts.add(shift("B-2", "P", "2026-03-0" + day + "T07:00", "2026-03-0" + day + "T17:00"));
        }
        List<LabourViolation> found = mexico.violations(roster("2026-03-01", "2026-03-31", shifts));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.key()).isEqualTo("OVERTIME_DAYS:B-2:2026-03-02");
            assertThat(v.to()).isEqualTo(LocalDate.parse("2026-03-08"));
            assertThat(v.values()).isEqualTo("4 days with overtime in the week (2026-03-02, 2026-03-03, 2026-03-04,"
                    + " 2026-03-05), at most 3");
        });
    }

    @Test
    void central_africa_limits_the_week_to_40_hours_and_needs_24_hours_of_rest_in_one_stretch() {
        LabourCheck car = new LabourCheck(GuardExamples.centralAfrica());
        // B-1: 8 h a day Monday to Saturday = 48 h; rest Saturday 15:00 to Monday 00:00 = 33 h
        // B-2: 6 h a day every day = 42 h; longest rest 18 h (13:00 to 07:00), and Sunday 13:00 → Monday 00:00 = 11 h
        List<Shift> shifts = new ArrayList<>();
        for (int day = 2; day <= 8; day++) {
            String date = "2026-03-0" + day;
            if (day <= 7) {
                shifts.add(shift("B-1", "P", date + "T07:00", date + "T15:00"));
            }
            shifts.add(shift("B-2", "P", date + "T07:00", date + "T13:00"));
        }
        List<LabourViolation> found = car.violations(roster("2026-03-02", "2026-03-08", shifts));
        assertThat(found).extracting(LabourViolation::key, LabourViolation::values).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WEEKLY_HOURS:B-1:2026-03-02", "48 h in the week, at most 40 h"),
                org.assertj.core.groups.Tuple.tuple("WEEKLY_HOURS:B-2:2026-03-02", "42 h in the week, at most 40 h"),
                org.assertj.core.groups.Tuple.tuple("WEEKLY_REST:B-2:2026-03-02",
                        "longest rest in the week 18 h, at least 24 h in one stretch"));
    }

    @Test
    void a_legal_roster_has_no_violations() {
        // five 8 h day shifts and a 7 h night shift spread over the week: 47 h, no overtime
        List<Shift> shifts = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            shifts.add(shift("B-1", "P", "2026-03-0" + day + "T07:00", "2026-03-0" + day + "T15:00"));
        }
        shifts.add(shift("B-1", "P", "2026-03-07T22:00", "2026-03-08T05:00"));
        assertThat(mexico.violations(roster("2026-03-01", "2026-03-31", shifts))).isEmpty();
    }
}

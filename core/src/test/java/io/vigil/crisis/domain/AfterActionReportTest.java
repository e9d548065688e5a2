package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The after-action report of a drill, as Markdown. */
class AfterActionReportTest {
    @Test
    void the_report_shows_times_against_targets_findings_and_actions_with_their_owners() {
        PersonId ana = PersonId.random();
        Exercise drill = new Exercise(ExerciseId.random(), OfficeId.of("MX-MEX"), 1, ExerciseKind.FIRE,
                "Fire drill | main office", Instant.parse("2026-05-04T10:00:00Z"), List.of(ana),
                List.of(new Measurement("Building emptied", 250, 300), new Measurement("Head count", 700, 600)),
                List.of("Stairwell B *blocked*"), List.of(new ExerciseAction(1, "Clear stairwell B", ana,
                        LocalDate.of(2026, 5, 20), Optional.empty())), Optional.empty());
        String md = AfterActionReport.markdown(drill, Map.of(ana, "Ana Ruiz"), Instant.parse("2026-06-01T12:00:00Z"),
                ZoneId.of("America/Mexico_City"));
        assertThat(md).startsWith("# After-action report: Fire drill \\| main office\n")
                .contains("| Building emptied | 4 min 10 s | 5 min 0 s | yes |")
                .contains("| Head count | 11 min 40 s | 10 min 0 s | **no** |")
                .contains("- Stairwell B \\*blocked\\*")
                .contains("| 1 | Clear stairwell B | Ana Ruiz | 2026-05-20 | **overdue** |")
                // 10:00 UTC is 04:00 in Mexico City (UTC-6)
                .contains("- Held: 2026-05-04 04:00 CST (America/Mexico_City)\n");
    }

    @Test
    void across_the_date_line_the_held_time_and_the_overdue_day_are_the_offices() {
        PersonId ana = PersonId.random();
        Exercise drill = drill(ana, Instant.parse("2026-05-04T10:00:00Z"), LocalDate.of(2026, 5, 20));
        Instant now = Instant.parse("2026-05-20T12:00:00Z");
        // Kiritimati is UTC+14: held on 5 May at midnight, and at noon UTC on 20 May it is already 21 May there
        String kiritimati = AfterActionReport.markdown(drill, Map.of(), now, ZoneId.of("Pacific/Kiritimati"));
        assertThat(kiritimati).contains("- Held: 2026-05-05 00:00 LINT (Pacific/Kiritimati)\n")
                .contains("| 2026-05-20 | **overdue** |");
        // Pago Pago is UTC-11: held on 3 May at 23:00, and at 05:00 UTC on 21 May it is still 20 May there
        String pagoPago = AfterActionReport.markdown(drill, Map.of(), Instant.parse("2026-05-21T05:00:00Z"),
                ZoneId.of("Pacific/Pago_Pago"));
        assertThat(pagoPago).contains("- Held: 2026-05-03 23:00 SST (Pacific/Pago_Pago)\n")
                .contains("| 2026-05-20 | open |");
    }

    @Test
    void with_daylight_saving_the_offset_of_the_day_is_used() {
        PersonId ana = PersonId.random();
        // New York moves from EST (UTC-5) to EDT (UTC-4) at 07:00 UTC on 8 March 2026
        String before = AfterActionReport.markdown(drill(ana, Instant.parse("2026-03-08T06:30:00Z"),
                LocalDate.of(2026, 3, 20)), Map.of(), Instant.parse("2026-03-09T00:00:00Z"),
                ZoneId.of("America/New_York"));
        String after = AfterActionReport.markdown(drill(ana, Instant.parse("2026-03-08T07:30:00Z"),
                LocalDate.of(2026, 3, 20)), Map.of(), Instant.parse("2026-03-09T00:00:00Z"),
                ZoneId.of("America/New_York"));
        assertThat(before).contains("- Held: 2026-03-08 01:30 EST (America/New_York)\n");
        assertThat(after).contains("- Held: 2026-03-08 03:30 EDT (America/New_York)\n");
    }

    private static Exercise drill(PersonId owner, Instant held, LocalDate due) {
        return new Exercise(ExerciseId.random(), OfficeId.of("XX-TZ"), 1, ExerciseKind.FIRE, "Fire drill", held,
                List.of(owner), List.of(), List.of(), List.of(new ExerciseAction(1, "Clear stairwell B", owner, due,
                Optional.empty())), Optional.empty());
    }
}

package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.time.LocalDate;
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
        String md = AfterActionReport.markdown(drill, Map.of(ana, "Ana Ruiz"), LocalDate.of(2026, 6, 1));
        assertThat(md).startsWith("# After-action report: Fire drill \\| main office\n")
                .contains("| Building emptied | 4 min 10 s | 5 min 0 s | yes |")
                .contains("| Head count | 11 min 40 s | 10 min 0 s | **no** |")
                .contains("- Stairwell B \\*blocked\\*")
                .contains("| 1 | Clear stairwell B | Ana Ruiz | 2026-05-20 | **overdue** |");
    }
}

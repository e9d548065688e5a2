package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's versions and its yearly review and test, hand-worked. */
class CrisisPlanTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant MARCH_2025 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant JUNE_2025 = Instant.parse("2025-06-10T09:00:00Z");
    private static final Instant JAN_2026 = Instant.parse("2026-01-20T09:00:00Z");

    private static PlanContent content(String scenario) {
        return new PlanContent(List.of(new Scenario(scenario, List.of("alert"), List.of("evacuate"),
                TeamRole.SECURITY_FOCAL_POINT)), List.of(), List.of(),
                List.of(new AvoidanceMeasure(MeasureKind.EVACUATION, "by air"),
                        new AvoidanceMeasure(MeasureKind.RELOCATION, "to Querétaro"),
                        new AvoidanceMeasure(MeasureKind.OFFICE_CLOSURE, "close")));
    }

    @Test
    void measures_are_listed_in_their_usual_order_whatever_order_they_come_in() {
        assertThat(content("Earthquake").measures()).extracting(AvoidanceMeasure::kind)
                .containsExactly(MeasureKind.OFFICE_CLOSURE, MeasureKind.RELOCATION, MeasureKind.EVACUATION);
    }

    @Test
    void approving_a_new_version_supersedes_the_old_and_resets_the_review_but_not_the_test() {
        CrisisPlan first = CrisisPlan.empty(OFFICE).withDraft(content("Earthquake"), "associate", MARCH_2025)
                .approve("officer", MARCH_2025);
        assertThat(first.reviewDue()).contains(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(first.testDue()).as("a first approval sets the test a year on too")
                .contains(Instant.parse("2026-03-01T09:00:00Z"));
        CrisisPlan tested = first.tested(JUNE_2025);
        assertThat(tested.testDue()).contains(Instant.parse("2026-06-10T09:00:00Z"));
        CrisisPlan second = tested.withDraft(content("Civil unrest"), "associate", JAN_2026).approve("officer", JAN_2026);
        assertThat(second.versions()).extracting(PlanVersion::status)
                .containsExactly(PlanStatus.SUPERSEDED, PlanStatus.APPROVED);
        assertThat(second.versions().get(0).supersededAt()).contains(JAN_2026);
        assertThat(second.current().orElseThrow().number()).isEqualTo(2);
        assertThat(second.reviewDue()).contains(Instant.parse("2027-01-20T09:00:00Z"));
        assertThat(second.testDue()).as("the test stays due when it was").contains(Instant.parse("2026-06-10T09:00:00Z"));
    }

    @Test
    void dues_past_their_date_show_up_overdue() {
        CrisisPlan plan = CrisisPlan.empty(OFFICE).withDraft(content("Earthquake"), "associate", MARCH_2025)
                .approve("officer", MARCH_2025).tested(Instant.parse("2025-02-01T00:00:00Z"));
        List<PlanDue> dues = plan.dues(Instant.parse("2026-02-15T00:00:00Z"));
        assertThat(dues).containsExactly(
                new PlanDue(PlanDue.Kind.REVIEW, Instant.parse("2026-03-01T09:00:00Z"), false),
                new PlanDue(PlanDue.Kind.TEST, Instant.parse("2026-02-01T00:00:00Z"), true));
    }

    @Test
    void a_draft_is_rewritten_in_place_and_nothing_is_approved_without_one() {
        CrisisPlan draft = CrisisPlan.empty(OFFICE).withDraft(content("Earthquake"), "associate", MARCH_2025)
                .withDraft(content("Kidnapping"), "associate", JUNE_2025);
        assertThat(draft.versions()).hasSize(1);
        assertThat(draft.draft().orElseThrow().content().scenarios().get(0).name()).isEqualTo("Kidnapping");
        CrisisPlan approved = draft.approve("officer", JUNE_2025);
        assertThatThrownBy(() -> approved.approve("officer", JAN_2026)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("no draft");
        assertThatThrownBy(() -> CrisisPlan.empty(OFFICE).reviewed(JAN_2026)).isInstanceOf(RefusedException.class);
    }
}

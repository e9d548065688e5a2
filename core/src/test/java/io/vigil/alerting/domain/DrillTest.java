package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A phone-tree drill runs until it ends; calls are recorded while it runs. */
class DrillTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final PersonId ROOT = PersonId.random();
    private static final PersonId MEMBER = PersonId.random();
    private static final PhoneTree TREE = new PhoneTree(TreeId.random(), OfficeId.of("MX-MEX"), 1, "office tree",
            ROOT, List.of(new PhoneTree.Link(ROOT, MEMBER, List.of())), List.of());

    private static Drill running() {
        return Drill.of(DrillId.random(), TREE, T0, 30);
    }

    private static List<String> reasons(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).reasons();
    }

    @Test
    void a_new_drill_is_running_with_no_calls() {
        Drill drill = running();
        assertThat(drill.state()).isEqualTo(new DrillState.Running());
        assertThat(drill.endedAt()).isEmpty();
        assertThat(drill.calls()).isEmpty();
    }

    @Test
    void a_running_drill_records_a_call() {
        Drill.Call call = new Drill.Call(ROOT, MEMBER, T0.plusSeconds(60), true);
        Drill called = running().withCall(call).orElseThrow();
        assertThat(called.calls()).containsExactly(call);
        assertThat(called.state()).isEqualTo(new DrillState.Running());
        assertThat(called.result().targetMet()).isTrue();
    }

    @Test
    void a_running_drill_ends_at_the_time_given() {
        Drill ended = running().ended(T0.plusSeconds(1800)).orElseThrow();
        assertThat(ended.state()).isEqualTo(new DrillState.Ended(T0.plusSeconds(1800)));
        assertThat(ended.endedAt()).contains(T0.plusSeconds(1800));
    }

    @Test
    void an_ended_drill_records_no_more_calls() {
        Drill ended = running().ended(T0.plusSeconds(1800)).orElseThrow();
        assertThat(reasons(ended.withCall(new Drill.Call(ROOT, MEMBER, T0.plusSeconds(60), true))))
                .containsExactly("the drill ended at 2026-03-01T12:30:00Z; no more calls are recorded");
    }

    @Test
    void an_ended_drill_does_not_end_again() {
        Drill ended = running().ended(T0.plusSeconds(1800)).orElseThrow();
        assertThat(reasons(ended.ended(T0.plusSeconds(3600))))
                .containsExactly("the drill already ended at 2026-03-01T12:30:00Z");
    }

    @Test
    void a_call_or_an_end_before_the_start_is_invalid_input_naming_the_field() {
        assertThatThrownBy(() -> running().withCall(new Drill.Call(ROOT, MEMBER, T0.minusSeconds(1), true)))
                .hasMessage("at must not be before the drill started");
        assertThatThrownBy(() -> running().ended(T0.minusSeconds(1)))
                .hasMessage("at must not be before the drill started");
    }

    @Test
    void a_stored_end_time_gives_the_state_it_names() {
        assertThat(DrillState.of(Optional.empty())).isEqualTo(new DrillState.Running());
        assertThat(DrillState.of(Optional.of(T0))).isEqualTo(new DrillState.Ended(T0));
    }
}

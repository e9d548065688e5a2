package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An activation's answers, situation reports and stand-down. */
class ActivationTest {
    private static final Instant AT = Instant.parse("2026-09-19T18:14:00Z");
    private static final PersonId LEADER = PersonId.random();

    private static Activation activation(Optional<String> incident) {
        return new Activation(ActivationId.random(), OfficeId.of("MX-MEX"), 0, incident, "Earthquake", "M7.1 felt",
                "officer", AT, List.of(MemberCall.told(LEADER, TeamRole.LEADER, false, 2)),
                List.of(new LogEntry(AT, "officer", "activated")), List.of(), Optional.empty());
    }

    @Test
    void an_answer_is_recorded_once_and_a_change_of_answer_again() {
        Activation a = activation(Optional.empty()).answer(LEADER, MemberAnswer.AVAILABLE, "leader", AT.plusSeconds(60));
        assertThat(a.awaiting()).isEmpty();
        assertThat(a.answer(LEADER, MemberAnswer.AVAILABLE, "leader", AT.plusSeconds(90))).isSameAs(a);
        Activation changed = a.answer(LEADER, MemberAnswer.UNAVAILABLE, "officer", AT.plusSeconds(120));
        assertThat(changed.member(LEADER).orElseThrow().answer()).contains(MemberAnswer.UNAVAILABLE);
        assertThat(changed.member(LEADER).orElseThrow().answeredBy()).contains("officer");
        assertThat(changed.log()).hasSize(3);
        assertThatThrownBy(() -> a.answer(PersonId.random(), MemberAnswer.AVAILABLE, "x", AT))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void a_topic_is_due_one_cadence_after_it_was_added_and_after_each_update() {
        Activation a = activation(Optional.empty()).addTopic("Casualties", LEADER, 60, "officer", AT);
        assertThat(a.dueTopics(AT.plusSeconds(3599))).isEmpty();
        assertThat(a.dueTopics(AT.plusSeconds(3600))).hasSize(1);
        Activation updated = a.updateTopic(1, "none reported", "leader", AT.plusSeconds(4000));
        assertThat(updated.topics().get(0).nextUpdate()).isEqualTo(AT.plusSeconds(4000 + 3600));
        assertThat(updated.dueTopics(AT.plusSeconds(7000))).isEmpty();
        Activation down = updated.standDown("aftershocks over", "officer", AT.plusSeconds(9000));
        assertThat(down.dueTopics(AT.plusSeconds(100_000))).as("a stood-down team is reminded of nothing").isEmpty();
        assertThatThrownBy(() -> down.note("late", "officer", AT.plusSeconds(9100))).isInstanceOf(RefusedException.class);
    }

    @Test
    void an_incident_reference_is_an_opaque_bounded_id() {
        assertThat(activation(Optional.of("INC-2026-0042")).incident()).contains("INC-2026-0042");
        assertThatThrownBy(() -> activation(Optional.of("../etc")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("incident");
        assertThatThrownBy(() -> activation(Optional.of("A".repeat(65)))).isInstanceOf(InvalidValueException.class);
    }
}

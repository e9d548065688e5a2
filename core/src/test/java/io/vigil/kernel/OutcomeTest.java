package io.vigil.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A business step is done with a value or refused with reasons; unwrapping a refusal throws them as data. */
class OutcomeTest {

    @Test
    void a_done_outcome_gives_its_value_and_maps_it() {
        assertThat(Outcome.done("draft").orElseThrow()).isEqualTo("draft");
        assertThat(Outcome.done(2).map(n -> n * 3)).isEqualTo(Outcome.done(6));
        assertThat(Outcome.done(2).flatMap(n -> Outcome.refused("too small"))).isEqualTo(Outcome.refused("too small"));
    }

    @Test
    void a_refusal_stays_a_refusal_through_map_and_flat_map() {
        Outcome<Integer> refused = Outcome.refused("the request is closed");
        assertThat(refused.map(n -> n + 1)).isEqualTo(new Outcome.Refused<>(List.of("the request is closed")));
        assertThat(refused.flatMap(Outcome::done)).isEqualTo(new Outcome.Refused<>(List.of("the request is closed")));
    }

    @Test
    void unwrapping_a_refusal_throws_its_reasons() {
        Outcome<String> refused = new Outcome.Refused<>(List.of("it is closed", "it is late"));
        assertThatThrownBy(refused::orElseThrow).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.reasons()).containsExactly("it is closed", "it is late"))
                .hasMessage("it is closed; it is late");
    }

    @Test
    void a_refusal_needs_a_reason() {
        assertThatThrownBy(() -> new Outcome.Refused<String>(List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessage("reasons must name at least one reason");
    }
}

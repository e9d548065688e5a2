package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScoreTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final List<PersonId> four = Stream.generate(PersonId::random).limit(4).toList();
    private final CommunicationTest test = new CommunicationTest(CommTestId.random(), OfficeId.of("MX-MEX"), 1, "Test",
            Set.of(Channel.SMS), four, List.of(), T0, T0.plus(Duration.ofHours(2)), new Target(75, 30), "officer",
            TestPurpose.scheduled());

    private CheckIn at(int person, long minutes, boolean late) {
        return new CheckIn(four.get(person), Answer.SAFE, Channel.SMS, T0.plus(Duration.ofMinutes(minutes)), late);
    }

    @Test
    void nobody_answered_is_all_unaccounted_and_the_target_missed() {
        Score s = Score.of(test, List.of());
        assertThat(s.responseRate()).isZero();
        assertThat(s.unaccounted()).containsExactlyElementsOf(four);
        assertThat(s.timeTo50()).isEmpty();
        assertThat(s.targetMet()).isFalse();
        assertThat(s.verdict()).contains("needs 3 of 4").contains("only 0 answered");
    }

    @Test
    void the_target_is_met_only_when_the_share_is_reached_in_time() {
        Score inTime = Score.of(test, List.of(at(0, 5, false), at(1, 10, false), at(2, 30, false)));
        assertThat(inTime.targetMet()).isTrue();
        assertThat(inTime.timeTo50()).contains(Duration.ofMinutes(10));
        Score tooSlow = Score.of(test, List.of(at(0, 5, false), at(1, 10, false), at(2, 31, false)));
        assertThat(tooSlow.targetMet()).isFalse();
        Score late = Score.of(test, List.of(at(0, 5, false), at(1, 10, false), at(2, 130, true)));
        assertThat(late.answered()).isEqualTo(2);
        assertThat(late.late()).isEqualTo(1);
        assertThat(late.unaccounted()).containsExactly(four.get(2), four.get(3));
    }
}

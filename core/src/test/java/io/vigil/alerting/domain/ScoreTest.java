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
    private static final Instant CLOSED = T0.plus(Duration.ofHours(3));
    private final List<PersonId> four = Stream.generate(PersonId::random).limit(4).toList();
    private final CommunicationTest test = new CommunicationTest(CommTestId.random(), OfficeId.of("MX-MEX"), 1, "Test",
            Set.of(Channel.SMS), four, List.of(), T0, T0.plus(Duration.ofHours(2)), new Target(75, 30), "officer",
            TestPurpose.scheduled());

    private CheckIn at(int person, long minutes, boolean late) {
        return new CheckIn(four.get(person), Answer.SAFE, Channel.SMS, T0.plus(Duration.ofMinutes(minutes)), late);
    }

    @Test
    void nobody_answered_is_all_unaccounted_and_the_target_missed() {
        Score s = Score.of(test, List.of(), CLOSED);
        assertThat(s.responseRate()).isZero();
        assertThat(s.unaccounted()).containsExactlyElementsOf(four);
        assertThat(s.timeTo50()).isEmpty();
        assertThat(s.targetMet()).isFalse();
        assertThat(s.verdict()).contains("needs 3 of 4").contains("only 0 answered");
    }

    @Test
    void the_target_is_met_only_when_the_share_is_reached_in_time() {
        Score inTime = Score.of(test, List.of(at(0, 5, false), at(1, 10, false), at(2, 30, false)), CLOSED);
        assertThat(inTime.targetMet()).isTrue();
        assertThat(inTime.timeTo50()).contains(Duration.ofMinutes(10));
        Score tooSlow = Score.of(test, List.of(at(0, 5, false), at(1, 10, false), at(2, 31, false)), CLOSED);
        assertThat(tooSlow.targetMet()).isFalse();
        Score late = Score.of(test, List.of(at(0, 5, false), at(1, 10, false), at(2, 130, true)), CLOSED);
        assertThat(late.answered()).isEqualTo(2);
        assertThat(late.late()).isEqualTo(1);
        assertThat(late.unaccounted()).containsExactly(four.get(2), four.get(3));
    }

    @Test
    void an_open_test_whose_target_can_still_be_met_is_in_progress_not_missed() {
        Score justStarted = Score.of(test, List.of(), T0.plusSeconds(1));
        assertThat(justStarted.inProgress()).isTrue();
        assertThat(justStarted.targetMet()).isFalse();
        assertThat(justStarted.verdict()).startsWith("in progress: 75 % within 30 minutes needs 3 of 4 answers;")
                .contains("0 answered so far").doesNotContain("missed");
        Score twoIn = Score.of(test, List.of(at(0, 5, false), at(1, 10, false)), T0.plus(Duration.ofMinutes(20)));
        assertThat(twoIn.verdict()).isEqualTo("in progress: 75 % within 30 minutes needs 3 of 4 answers; 2 answered"
                + " so far, 10 minutes left");
    }

    @Test
    void past_the_target_window_or_once_met_the_verdict_is_final_while_the_test_is_still_open() {
        Score pastWindow = Score.of(test, List.of(at(0, 5, false)), T0.plus(Duration.ofMinutes(31)));
        assertThat(pastWindow.inProgress()).isFalse();
        assertThat(pastWindow.verdict()).startsWith("target missed:").contains("only 1 answered in time");
        Score met = Score.of(test, List.of(at(0, 5, false), at(1, 10, false), at(2, 12, false)),
                T0.plus(Duration.ofMinutes(13)));
        assertThat(met.inProgress()).isFalse();
        assertThat(met.verdict()).startsWith("target met:").contains("reached after 12 minutes");
    }

    @Test
    void a_test_closed_before_its_target_window_ends_is_scored_once_closed() {
        CommunicationTest shortOne = new CommunicationTest(CommTestId.random(), OfficeId.of("MX-MEX"), 1, "Short",
                Set.of(Channel.SMS), four, List.of(), T0, T0.plus(Duration.ofMinutes(10)), new Target(75, 30),
                "officer", TestPurpose.scheduled());
        assertThat(Score.of(shortOne, List.of(), T0.plus(Duration.ofMinutes(9))).verdict())
                .startsWith("in progress:").endsWith("1 minutes left");
        assertThat(Score.of(shortOne, List.of(), T0.plus(Duration.ofMinutes(10))).verdict()).startsWith("target missed:");
    }

    @Test
    void a_roll_call_gives_the_times_to_50_90_and_100_percent_from_the_incident_as_well_as_from_its_start() {
        Instant quake = T0.minus(Duration.ofMinutes(20));
        List<Incident.Affected> affected = four.stream().map(p -> new Incident.Affected(p, "P " + p,
                java.util.Optional.empty(), "residence: lives at Calle 1")).toList();
        Incident incident = new Incident(List.of(new io.vigil.kernel.geo.GeoPoint(19.3, -99.3),
                new io.vigil.kernel.geo.GeoPoint(19.3, -99.0), new io.vigil.kernel.geo.GeoPoint(19.6, -99.0)), quake,
                15, 45, affected, java.util.Optional.empty(), java.util.Optional.empty());
        CommunicationTest rollCall = new CommunicationTest(CommTestId.random(), OfficeId.of("MX-MEX"), 1, "Quake",
                Set.of(Channel.SMS), four, List.of(), T0, T0.plus(Duration.ofHours(2)), new Target(75, 30), "officer",
                TestPurpose.rollCall(incident));
        Score s = Score.of(rollCall, List.of(at(0, 5, false), at(1, 10, false), at(2, 30, false), at(3, 40, false)),
                CLOSED);
        assertThat(s.timeTo50()).contains(Duration.ofMinutes(10));
        assertThat(s.incidentTo50()).contains(Duration.ofMinutes(30));
        assertThat(s.timeTo90()).contains(Duration.ofMinutes(40));
        assertThat(s.incidentTo90()).contains(Duration.ofMinutes(60));
        assertThat(s.incidentTo100()).contains(Duration.ofMinutes(60));
        Score half = Score.of(rollCall, List.of(at(0, 5, false), at(1, 10, false)), CLOSED);
        assertThat(half.incidentTo50()).contains(Duration.ofMinutes(30));
        assertThat(half.incidentTo90()).isEmpty();
        assertThat(Score.of(test, List.of(at(0, 5, false), at(1, 10, false)), CLOSED).incidentTo50()).isEmpty();
    }

    @Test
    void an_unreachable_person_who_answers_all_the_same_is_no_longer_unreachable() {
        CommunicationTest twoWithoutAddress = new CommunicationTest(CommTestId.random(), OfficeId.of("MX-MEX"), 1,
                "Test", Set.of(Channel.SMS), four, List.of(four.get(2), four.get(3)), T0, T0.plus(Duration.ofHours(2)),
                new Target(75, 30), "officer", TestPurpose.scheduled());
        CheckIn byPhone = new CheckIn(four.get(2), Answer.SAFE, Channel.PHONE, T0.plus(Duration.ofMinutes(7)), false);
        Score s = Score.of(twoWithoutAddress, List.of(at(0, 5, false), byPhone), CLOSED);
        assertThat(s.unreachable()).containsExactly(four.get(3));
        assertThat(s.answered()).isEqualTo(2);
        CheckIn lateSms = new CheckIn(four.get(3), Answer.SAFE, Channel.SMS, T0.plus(Duration.ofHours(3)), true);
        assertThat(Score.of(twoWithoutAddress, List.of(byPhone, lateSms), CLOSED).unreachable()).isEmpty();
        assertThat(Score.of(twoWithoutAddress, List.of(), CLOSED).unreachable())
                .containsExactly(four.get(2), four.get(3));
    }
}

package io.vigil.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The call-in schedule against plain arithmetic on epoch seconds: a movement is overdue exactly
 * when its last call-in (or its departure) plus the interval plus the grace has passed, and a call-in
 * then closes the episode while the log keeps both.
 */
class CallInScheduleProperties {
    private static final long DEPARTURE = 1_780_000_000L;

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(500);
    }

    private static final Gen<CallInSchedule> SCHEDULES = Generate.range(CallInSchedule.MIN_EVERY, 180)
            .zip(Generate.range(0, CallInSchedule.MAX_GRACE), CallInSchedule::new);
    /** Call-ins as seconds after the departure, in any order. */
    private static final Gen<List<Integer>> CALLS = lists().of(Generate.range(0, 20_000)).ofSizeBetween(0, 6);
    private static final Gen<Integer> NOW = Generate.range(0, 40_000);

    private static Movement movement(CallInSchedule schedule, List<Integer> calls) {
        Movement m = Movement.planned(MovementId.random(), OfficeId.of("MX-MEX"), 0, "Field trip",
                List.of(GeoPoint.of(19.43, -99.13), GeoPoint.of(19.29, -99.65)), List.of(VehicleId.random()),
                List.of(), Optional.empty(), Optional.empty(), Instant.ofEpochSecond(DEPARTURE),
                Instant.ofEpochSecond(DEPARTURE + 86_400), List.of(PersonId.random()), schedule);
        List<CallIn> log = new ArrayList<>();
        for (int c : calls) {
            log.add(new CallIn(Instant.ofEpochSecond(DEPARTURE + c), "Driver", Optional.empty(), Optional.empty(), "soc"));
        }
        return new Movement(m.id(), m.office(), 0, m.title(), m.route(), m.vehicles(), m.drivers(), m.convoyLeader(),
                m.escort(), m.departure(), m.arrival(), m.passengers(), m.schedule(), log, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The oracle: seconds since the epoch of the deadline. */
    private static long deadline(CallInSchedule schedule, List<Integer> calls) {
        int every = schedule.everyMinutes();
        int grace = schedule.graceMinutes();
        long last = DEPARTURE;
        for (int c : calls) {
            last = Math.max(last, DEPARTURE + c);
        }
        return last + 60L * every + 60L * grace;
    }

    @Test
    void a_movement_is_overdue_exactly_when_the_last_call_in_plus_interval_plus_grace_has_passed() {
        qt().forAll(SCHEDULES, CALLS, NOW).checkAssert((schedule, calls, now) -> {
            Movement m = movement(schedule, calls);
            long at = DEPARTURE + now;
            boolean overdue = at > deadline(schedule, calls);
            assertThat(m.statusAt(Instant.ofEpochSecond(at))).isEqualTo(overdue ? MovementStatus.OVERDUE
                    : MovementStatus.UNDER_WAY);
            assertThat(m.deadline()).isEqualTo(Instant.ofEpochSecond(deadline(schedule, calls)));
        });
    }

    @Test
    void the_second_before_and_the_second_after_the_deadline() {
        qt().forAll(SCHEDULES, CALLS).checkAssert((schedule, calls) -> {
            Movement m = movement(schedule, calls);
            long d = deadline(schedule, calls);
            assertThat(m.statusAt(Instant.ofEpochSecond(d))).isEqualTo(MovementStatus.UNDER_WAY);
            assertThat(m.statusAt(Instant.ofEpochSecond(d + 1))).isEqualTo(MovementStatus.OVERDUE);
        });
    }

    @Test
    void a_late_call_in_closes_the_overdue_episode_and_the_log_keeps_both() {
        qt().forAll(SCHEDULES, CALLS, Generate.range(1, 5_000), Generate.booleans())
                .checkAssert((schedule, calls, late, swept) -> {
                    Movement m = movement(schedule, calls);
                    long d = deadline(schedule, calls);
                    Instant callAt = Instant.ofEpochSecond(d + late);
                    Movement before = swept ? m.trackedAt(Instant.ofEpochSecond(d + 1)) : m;
                    assertThat(before.openEpisode().isPresent()).isEqualTo(swept);
                    Movement after = before.callIn(new CallIn(callAt, "Convoy leader", Optional.empty(),
                            Optional.empty(), "soc")).orElseThrow();
                    assertThat(after.statusAt(callAt)).isEqualTo(MovementStatus.UNDER_WAY);
                    assertThat(after.openEpisode()).isEmpty();
                    assertThat(after.episodes()).hasSize(1);
                    OverdueEpisode episode = after.episodes().get(0);
                    assertThat(episode.since()).isEqualTo(Instant.ofEpochSecond(d));
                    assertThat(episode.due()).isEqualTo(Instant.ofEpochSecond(d - 60L * schedule.graceMinutes()));
                    assertThat(episode.closedAt()).contains(callAt);
                    assertThat(after.callIns()).hasSize(calls.size() + 1).last()
                            .satisfies(c -> assertThat(c.at()).isEqualTo(callAt));
                    assertThat(after.deadline()).isEqualTo(callAt.plusSeconds(
                            60L * schedule.everyMinutes() + 60L * schedule.graceMinutes()));
                });
    }

    @Test
    void a_call_in_on_time_opens_no_episode() {
        qt().forAll(SCHEDULES, CALLS, Generate.range(0, 10_000)).checkAssert((schedule, calls, early) -> {
            Movement m = movement(schedule, calls);
            long d = deadline(schedule, calls);
            long last = d - 60L * schedule.everyMinutes() - 60L * schedule.graceMinutes();
            long at = Math.min(d, last + early);
            Movement after = m.callIn(new CallIn(Instant.ofEpochSecond(at), "Driver", Optional.empty(),
                    Optional.empty(), "soc")).orElseThrow();
            assertThat(after.episodes()).isEmpty();
        });
    }
}

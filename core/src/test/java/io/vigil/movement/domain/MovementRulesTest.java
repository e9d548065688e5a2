package io.vigil.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Convoy rules, fitness of vehicles and drivers, and the overdue escalation's steps, on hand-worked cases. */
class MovementRulesTest {
    private static final OfficeId MX = OfficeId.of("MX-MEX");
    // 23:30 on 10 March in Mexico City is already 11 March in UTC
    private static final Instant ARRIVAL = Instant.parse("2026-03-11T05:30:00Z");

    private static Vehicle vehicle(String plate, boolean radio, String insured, String inspection) {
        return new Vehicle(VehicleId.random(), MX, 0, plate, "Land Cruiser", radio, LocalDate.parse(insured),
                LocalDate.parse(inspection), List.of("first-aid kit"));
    }

    private static Movement movement(List<Vehicle> vehicles, Optional<PersonId> leader) {
        return Movement.planned(MovementId.random(), MX, 0, "Convoy to Toluca",
                List.of(GeoPoint.of(19.43, -99.13), GeoPoint.of(19.29, -99.65)),
                vehicles.stream().map(Vehicle::id).toList(), List.of(), leader, Optional.empty(),
                Instant.parse("2026-03-10T14:00:00Z"), ARRIVAL, List.of(), new CallInSchedule(30, 10));
    }

    private static List<Vehicle> fleet(int n) {
        return IntStream.range(0, n).mapToObj(i -> vehicle("MX-" + i, true, "2027-01-01", "2026-12-01")).toList();
    }

    @Test
    void six_vehicles_need_a_leader_nine_are_too_many_and_the_lead_and_last_need_radios() {
        ConvoyRules rules = ConvoyRules.standard();
        assertThat(rules.broken(movement(fleet(5), Optional.empty()), fleet(5))).isEmpty();
        assertThat(rules.broken(movement(fleet(6), Optional.empty()), fleet(6)))
                .containsExactly("a convoy of 6 vehicles needs a convoy leader (more than 5)");
        assertThat(rules.broken(movement(fleet(6), Optional.of(PersonId.random())), fleet(6))).isEmpty();
        List<Vehicle> nine = new java.util.ArrayList<>(fleet(9));
        nine.set(0, vehicle("LEAD-1", false, "2027-01-01", "2026-12-01"));
        nine.set(8, vehicle("LAST-9", false, "2027-01-01", "2026-12-01"));
        assertThat(rules.broken(movement(nine, Optional.empty()), nine)).containsExactly(
                "a convoy of 9 vehicles needs a convoy leader (more than 5)",
                "a convoy has at most 8 vehicles; this one has 9",
                "the lead vehicle LEAD-1 has no radio", "the last vehicle LAST-9 has no radio");
        assertThat(new ConvoyRules(5, 8, false).broken(movement(nine, Optional.of(PersonId.random())), nine))
                .containsExactly("a convoy has at most 8 vehicles; this one has 9");
    }

    @Test
    void a_vehicle_or_driver_overdue_on_the_arrival_day_in_the_offices_time_zone_is_named() {
        Vehicle old = vehicle("ABC-123", true, "2026-03-10", "2026-03-09");
        Driver juan = new Driver(DriverId.random(), MX, 0, PersonId.random(), "Juan Pérez", LocalDate.parse("2026-03-10"),
                LocalDate.parse("2025-03-10"), 365);
        MovementSettings mexico = new MovementSettings(MX, 0, "America/Mexico_City", 30, ConvoyRules.standard(), 14);
        Movement m = movement(List.of(old), Optional.empty());
        assertThat(PlanRules.broken(m, List.of(old), List.of(juan), mexico)).containsExactly(
                "vehicle ABC-123 was due for inspection on 2026-03-09");
        assertThat(PlanRules.broken(m, List.of(old), List.of(juan), MovementSettings.standard(MX))).containsExactly(
                "vehicle ABC-123 is insured only until 2026-03-10",
                "vehicle ABC-123 was due for inspection on 2026-03-09",
                "driver Juan Pérez has a licence valid only until 2026-03-10",
                "driver Juan Pérez was due for a driving check on 2026-03-10");
    }

    @Test
    void the_officer_is_told_at_the_deadline_and_the_leader_after_the_delay_each_once() {
        Instant since = Instant.parse("2026-03-10T15:10:00Z");
        OverdueEscalation policy = new OverdueEscalation(Duration.ofMinutes(30));
        OverdueEpisode open = OverdueEpisode.open(since.minusSeconds(600), since);
        assertThat(policy.dueAt(open, since.minusSeconds(1))).isEmpty();
        assertThat(policy.dueAt(open, since)).containsExactly(OverdueEscalation.Step.OFFICER_ON_CALL);
        OverdueEpisode told = open.withOfficerAlerted(since);
        assertThat(policy.dueAt(told, since.plusSeconds(29 * 60))).isEmpty();
        assertThat(policy.dueAt(told, since.plusSeconds(30 * 60))).containsExactly(
                OverdueEscalation.Step.CRISIS_TEAM_LEADER);
        assertThat(policy.dueAt(open, since.plusSeconds(30 * 60))).containsExactly(
                OverdueEscalation.Step.OFFICER_ON_CALL, OverdueEscalation.Step.CRISIS_TEAM_LEADER);
        assertThat(policy.dueAt(told.withLeaderAlerted(since.plusSeconds(1800)), since.plusSeconds(7200))).isEmpty();
        assertThat(policy.dueAt(open.closed(since.plusSeconds(60)), since.plusSeconds(7200))).isEmpty();
    }

    @Test
    void the_log_keeps_the_latest_call_ins_and_episodes_and_a_full_log_still_opens_an_episode() {
        Movement m = movement(fleet(1), Optional.empty());
        Instant departure = m.departure();
        List<CallIn> calls = IntStream.range(0, Movement.MAX_CALL_INS).mapToObj(i -> new CallIn(
                departure.plusSeconds(i), "Driver", Optional.empty(), Optional.empty(), "soc")).toList();
        List<OverdueEpisode> closed = IntStream.range(0, Movement.MAX_EPISODES).mapToObj(i -> OverdueEpisode
                .open(departure.plusSeconds(i), departure.plusSeconds(i)).closed(departure.plusSeconds(i))).toList();
        Movement full = new Movement(m.id(), MX, 0, m.title(), m.route(), m.vehicles(), m.drivers(), m.convoyLeader(),
                m.escort(), departure, m.arrival(), m.passengers(), m.schedule(), calls, closed, Optional.empty(),
                Optional.empty(), Optional.empty());
        Instant late = departure.plusSeconds(3 * 3600);
        Movement opened = full.trackedAt(late);
        assertThat(opened.episodes()).hasSize(Movement.MAX_EPISODES);
        assertThat(opened.openEpisode()).isPresent();
        assertThat(opened.episodes().get(0).due()).isEqualTo(departure.plusSeconds(1));
        Movement called = opened.callIn(new CallIn(late, "Driver", Optional.empty(), Optional.empty(), "soc"))
                .orElseThrow();
        assertThat(called.callIns()).hasSize(Movement.MAX_CALL_INS);
        assertThat(called.callIns().get(0).at()).isEqualTo(departure.plusSeconds(1));
        assertThat(called.lastContact()).isEqualTo(late);
        assertThat(called.openEpisode()).isEmpty();
    }
}

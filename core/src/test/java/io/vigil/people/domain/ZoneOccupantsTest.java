package io.vigil.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.ZoneOccupants.Kind;
import io.vigil.people.domain.ZoneOccupants.Occupant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The zone roster's rules, hand-worked at the edges, and their agreement with the locator's {@link Sightings}. */
class ZoneOccupantsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final GeoPoint INSIDE = GeoPoint.of(19.35, -99.20);
    private static final GeoPoint OUTSIDE = GeoPoint.of(19.60, -99.00);

    private final WardenZone zone = new WardenZone(SOUTH, OFFICE, 0, "Sur", GeoArea.rectangle(
            GeoPoint.of(19.30, -99.25), GeoPoint.of(19.40, -99.15)).vertices(), PersonId.random(), List.of());
    private final PersonId ana = PersonId.random();
    private final PersonId child = PersonId.random();
    private final PersonId beto = PersonId.random();
    private final PersonId gone = PersonId.random();
    private final PersonId outsider = PersonId.random();
    private final PersonId guest = PersonId.random();
    private final PersonId leaving = PersonId.random();
    private final PersonId elsewhere = PersonId.random();

    /** Ana and her child from T0-30d on, in the zone. */
    private final Residence anas = residence(ana, List.of(child), INSIDE, Optional.of(SOUTH), T0.minus(days(30)),
            null, "Calle 1", "Coyoacán");
    /** Beto moves in at T0. */
    private final Residence betos = residence(beto, List.of(), INSIDE, Optional.of(SOUTH), T0, null, "Calle 2", "");
    /** Moved out at T0. */
    private final Residence gones = residence(gone, List.of(), INSIDE, Optional.of(SOUTH), T0.minus(days(90)), T0,
            "Calle 3", "");
    /** Outside the zone, not assigned to it. */
    private final Residence outsiders = residence(outsider, List.of(), OUTSIDE, Optional.empty(), T0.minus(days(9)),
            null, "Calle 4", "");
    /** Guest checks in at T0 at a hotel in the zone, Leaving checks out at T0, Elsewhere stays outside it. */
    private final Mission visit = new Mission(MissionId.random(), OFFICE, 0, "Visit", "", List.of(guest), List.of(),
            List.of(new HotelStay(new Place("Hotel Sur", INSIDE), T0, T0.plus(days(2)))));
    private final Mission departing = new Mission(MissionId.random(), OFFICE, 0, "Departing", "", List.of(leaving),
            List.of(), List.of(new HotelStay(new Place("Hotel Sur", INSIDE), T0.minus(days(3)), T0)));
    private final Mission away = new Mission(MissionId.random(), OFFICE, 0, "Away", "", List.of(elsewhere),
            List.of(), List.of(new HotelStay(new Place("Hotel Norte", OUTSIDE), T0.minus(days(1)), T0.plus(days(1)))));
    private final List<Residence> residences = List.of(anas, betos, gones, outsiders);
    private final List<Mission> missions = List.of(visit, departing, away);

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }

    private static Residence residence(PersonId occupant, List<PersonId> household, GeoPoint at,
                                       Optional<WardenZoneId> zone, Instant in, Instant out, String street,
                                       String district) {
        return new Residence(ResidenceId.random(), OFFICE, 0, occupant, household, new Address(street, district,
                "Ciudad de México", "MX"), at, zone, in, Optional.ofNullable(out));
    }

    private Set<PersonId> onRoster(Instant at) {
        return ZoneOccupants.of(zone, at, residences, missions).stream().map(Occupant::person)
                .collect(Collectors.toSet());
    }

    private Set<PersonId> locatedInZone(Instant at) {
        TimeWindow instant = TimeWindow.at(at);
        return Stream.concat(residences.stream().flatMap(r -> Sightings.of(r, zone.area(), instant).stream()),
                        missions.stream().flatMap(m -> Sightings.of(m, zone.area(), instant).stream()))
                .map(LocatorHit::person).collect(Collectors.toSet());
    }

    @Test
    void at_t0_the_roster_has_who_lives_there_and_who_stays_there_moving_in_counts_moving_out_does_not() {
        List<Occupant> occupants = ZoneOccupants.of(zone, T0, residences, missions);

        assertThat(occupants).extracting(Occupant::person).containsExactlyInAnyOrder(ana, child, beto, guest);
        assertThat(occupants).filteredOn(o -> o.person().equals(ana)).singleElement().isEqualTo(
                new Occupant(ana, Kind.RESIDENT, "Calle 1, Coyoacán", Optional.empty()));
        assertThat(occupants).filteredOn(o -> o.person().equals(child)).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(Kind.HOUSEHOLD));
        assertThat(occupants).filteredOn(o -> o.person().equals(beto)).singleElement()
                .satisfies(o -> assertThat(o.place()).isEqualTo("Calle 2"));
        assertThat(occupants.get(occupants.size() - 1)).as("visitors come after residents").isEqualTo(
                new Occupant(guest, Kind.VISITOR, "Hotel Sur", Optional.of(T0.plus(days(2)))));
    }

    @Test
    void a_second_before_t0_the_leavers_are_still_there_and_the_arrivals_not_yet() {
        assertThat(onRoster(T0.minusSeconds(1))).containsExactlyInAnyOrder(ana, child, gone, leaving);
    }

    @Test
    void a_person_found_twice_keeps_the_first_place() {
        Mission stayingAtHome = new Mission(MissionId.random(), OFFICE, 0, "Local", "", List.of(ana), List.of(),
                List.of(new HotelStay(new Place("Hotel Sur", INSIDE), T0.minus(days(1)), T0.plus(days(1)))));

        assertThat(ZoneOccupants.of(zone, T0, List.of(anas), List.of(stayingAtHome))).containsExactly(
                new Occupant(ana, Kind.RESIDENT, "Calle 1, Coyoacán", Optional.empty()),
                new Occupant(child, Kind.HOUSEHOLD, "Calle 1, Coyoacán", Optional.empty()));
    }

    @Test
    void the_roster_and_the_locator_agree_on_who_lives_or_stays_in_the_zone_at_every_edge() {
        List<Instant> edges = Stream.of(T0.minus(days(90)), T0.minus(days(30)), T0.minus(days(3)), T0,
                        T0.plus(days(2)))
                .flatMap(t -> Stream.of(t.minusSeconds(1), t, t.plusSeconds(1))).toList();
        for (Instant t : edges) {
            assertThat(onRoster(t)).as("at %s", t).isEqualTo(locatedInZone(t));
        }
        assertThat(onRoster(T0.plus(days(2)))).as("the guest checked out").doesNotContain(guest);
    }

    @Test
    void a_mission_in_two_hotels_puts_on_the_roster_only_the_member_staying_in_the_zone() {
        PersonId inSur = PersonId.random();
        PersonId inNorte = PersonId.random();
        Mission split = new Mission(MissionId.random(), OFFICE, 0, "Split", "", List.of(inNorte, inSur), List.of(),
                List.of(new HotelStay(new Place("Hotel Norte", OUTSIDE), T0.minus(days(1)), T0.plus(days(1)),
                                List.of(inNorte)),
                        new HotelStay(new Place("Hotel Sur", INSIDE), T0.minus(days(1)), T0.plus(days(1)),
                                List.of(inSur))));
        assertThat(ZoneOccupants.of(zone, T0, List.of(), List.of(split))).containsExactly(
                new Occupant(inSur, Kind.VISITOR, "Hotel Sur", Optional.of(T0.plus(days(1)))));
    }
}

package io.vigil.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SightingsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final GeoArea CENTRE = GeoArea.rectangle(GeoPoint.of(19.40, -99.18), GeoPoint.of(19.44, -99.14));
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final TimeWindow DAY_ONE = new TimeWindow(T0, T0.plusSeconds(86_400));
    private static final Place INSIDE = new Place("Reforma", GeoPoint.of(19.42, -99.16));
    private static final Place NORTH = new Place("Indios Verdes", GeoPoint.of(19.50, -99.16));
    private static final Place SOUTH = new Place("Tlalpan", GeoPoint.of(19.30, -99.16));
    private static final Place FAR = new Place("Oaxaca", GeoPoint.of(17.06, -96.72));

    private final PersonId occupant = PersonId.random();
    private final PersonId child = PersonId.random();
    private final PersonId traveller = PersonId.random();

    private Residence residence(GeoPoint at, Instant movedIn, Instant movedOut) {
        return new Residence(ResidenceId.random(), OFFICE, 1, occupant, List.of(child),
                new Address("Calle 1", "Juárez", "Ciudad de México", "MX"), at, Optional.empty(), movedIn,
                Optional.ofNullable(movedOut));
    }

    private Mission mission(List<ItineraryLeg> legs, List<HotelStay> stays) {
        return new Mission(MissionId.random(), OFFICE, 1, "Review", "", List.of(traveller), legs, stays);
    }

    private Presence stay(PersonId who, Instant arrival, Instant departure) {
        return new Presence(PresenceId.random(), OFFICE, 0, who, arrival, Optional.ofNullable(departure));
    }

    @Test
    void a_residence_places_a_resident_with_stays_recorded_only_while_in_the_country_and_one_without_always() {
        Residence home = residence(INSIDE.point(), T0.minusSeconds(86_400 * 30), null);
        Instant left = T0.minusSeconds(3600);
        List<LocatorHit> hits = Sightings.of(home, CENTRE, DAY_ONE,
                Map.of(occupant, List.of(stay(occupant, T0.minusSeconds(86_400 * 10), left))));
        assertThat(hits).as("the occupant left the day before; the child has no stay recorded")
                .extracting(LocatorHit::person).containsExactly(child);

        Instant back = T0.plusSeconds(7200);
        Instant gone = T0.plusSeconds(36_000);
        List<LocatorHit> returning = Sightings.of(home, CENTRE, DAY_ONE, Map.of(occupant, List.of(
                stay(occupant, back, gone), stay(occupant, T0.minusSeconds(86_400 * 10), left))));
        assertThat(returning).filteredOn(h -> h.person().equals(occupant)).singleElement().satisfies(h -> {
            assertThat(h.from()).as("from the later of move-in and arrival").isEqualTo(back);
            assertThat(h.until()).as("until the earlier of move-out and departure").contains(gone);
        });
        assertThat(Sightings.abroadAt(List.of(stay(occupant, T0.minusSeconds(86_400), left)), T0)).isTrue();
        assertThat(Sightings.abroadAt(List.of(stay(occupant, T0.minusSeconds(86_400), null)), T0)).isFalse();
        assertThat(Sightings.abroadAt(List.of(), T0)).as("no stay recorded: never known abroad").isFalse();
    }

    @Test
    void a_residence_places_its_whole_household_while_lived_in() {
        List<LocatorHit> hits = Sightings.of(residence(INSIDE.point(), T0.minusSeconds(3600), null), CENTRE, DAY_ONE);
        assertThat(hits).extracting(LocatorHit::person).containsExactly(occupant, child);
        assertThat(hits).allMatch(h -> h.reason() == SightingReason.RESIDENCE);
        assertThat(Sightings.of(residence(INSIDE.point(), T0.minusSeconds(7200), T0.minusSeconds(3600)), CENTRE,
                DAY_ONE)).as("moved out before the window").isEmpty();
        assertThat(Sightings.of(residence(NORTH.point(), T0, null), CENTRE, DAY_ONE)).isEmpty();
    }

    @Test
    void a_road_leg_through_the_area_counts_even_with_both_ends_outside() {
        ItineraryLeg road = new ItineraryLeg(TravelMode.ROAD, NORTH, SOUTH, T0.plusSeconds(3600),
                T0.plusSeconds(7200));
        List<LocatorHit> hits = Sightings.of(mission(List.of(road), List.of()), CENTRE, DAY_ONE);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.person()).isEqualTo(traveller);
            assertThat(h.reason()).isEqualTo(SightingReason.ITINERARY_LEG);
            assertThat(h.detail()).contains("travelling road");
        });
    }

    @Test
    void a_flight_over_the_area_places_nobody_there_but_its_ends_do() {
        ItineraryLeg overflight = new ItineraryLeg(TravelMode.FLIGHT, NORTH, SOUTH, T0.plusSeconds(3600),
                T0.plusSeconds(7200));
        assertThat(Sightings.of(mission(List.of(overflight), List.of()), CENTRE, DAY_ONE)).isEmpty();
        ItineraryLeg departing = new ItineraryLeg(TravelMode.FLIGHT, INSIDE, FAR, T0.plusSeconds(3600),
                T0.plusSeconds(7200));
        assertThat(Sightings.of(mission(List.of(departing), List.of()), CENTRE, DAY_ONE))
                .singleElement().satisfies(h -> assertThat(h.detail()).startsWith("departing"));
        ItineraryLeg laterDeparture = new ItineraryLeg(TravelMode.FLIGHT, INSIDE, FAR, T0.plusSeconds(90_000),
                T0.plusSeconds(95_000));
        assertThat(Sightings.of(mission(List.of(laterDeparture), List.of()), CENTRE, DAY_ONE)).isEmpty();
    }

    @Test
    void a_hotel_stay_overlapping_the_window_counts() {
        HotelStay stay = new HotelStay(INSIDE, T0.minusSeconds(86_400), T0.plusSeconds(3600));
        assertThat(Sightings.of(mission(List.of(), List.of(stay)), CENTRE, DAY_ONE)).singleElement()
                .satisfies(h -> assertThat(h.reason()).isEqualTo(SightingReason.HOTEL_STAY));
        HotelStay before = new HotelStay(INSIDE, T0.minusSeconds(86_400), T0.minusSeconds(3600));
        assertThat(Sightings.of(mission(List.of(), List.of(before)), CENTRE, DAY_ONE)).isEmpty();
    }

    @Test
    void a_reported_position_counts_only_at_its_instant_and_place() {
        PositionReport inside = new PositionReport(UUID.randomUUID(), OFFICE, traveller, T0.plusSeconds(60),
                INSIDE.point(), "radio");
        assertThat(Sightings.of(inside, CENTRE, DAY_ONE)).hasValueSatisfying(h -> {
            assertThat(h.reason()).isEqualTo(SightingReason.LAST_KNOWN_POSITION);
            assertThat(h.detail()).contains("radio");
        });
        PositionReport later = new PositionReport(UUID.randomUUID(), OFFICE, traveller, T0.plusSeconds(90_000),
                INSIDE.point(), "radio");
        assertThat(Sightings.of(later, CENTRE, DAY_ONE)).isEmpty();
    }

    @Test
    void each_member_of_a_mission_in_two_hotels_is_placed_in_their_own_hotel() {
        PersonId other = PersonId.random();
        Place plaza = new Place("Hotel Plaza", GeoPoint.of(19.41, -99.15));
        Mission twoHotels = new Mission(MissionId.random(), OFFICE, 1, "Review", "", List.of(traveller, other),
                List.of(), List.of(new HotelStay(INSIDE, T0.minusSeconds(86_400), T0.plusSeconds(3600),
                        List.of(traveller)), new HotelStay(plaza, T0.minusSeconds(86_400), T0.plusSeconds(3600),
                        List.of(other))));
        List<LocatorHit> hits = Sightings.of(twoHotels, CENTRE, DAY_ONE);
        assertThat(hits).hasSize(2);
        assertThat(hits).filteredOn(h -> h.person().equals(traveller)).singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("Reforma"))
                .satisfies(h -> assertThat(h.where()).isEqualTo(INSIDE.point()));
        assertThat(hits).filteredOn(h -> h.person().equals(other)).singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("Hotel Plaza"))
                .satisfies(h -> assertThat(h.where()).isEqualTo(plaza.point()));
    }

    @Test
    void a_stay_naming_no_guest_is_by_every_member_and_a_guest_must_be_a_member() {
        PersonId other = PersonId.random();
        Mission together = new Mission(MissionId.random(), OFFICE, 1, "Review", "", List.of(traveller, other),
                List.of(), List.of(new HotelStay(INSIDE, T0.minusSeconds(86_400), T0.plusSeconds(3600))));
        assertThat(together.stays().get(0).guests()).containsExactly(traveller, other);
        assertThat(Sightings.of(together, CENTRE, DAY_ONE)).extracting(LocatorHit::person)
                .containsExactly(traveller, other);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Mission(MissionId.random(), OFFICE, 1, "Review",
                        "", List.of(traveller), List.of(), List.of(new HotelStay(INSIDE, T0, T0.plusSeconds(60),
                        List.of(other)))))
                .isInstanceOf(io.vigil.kernel.InvalidValueException.class).hasMessageContaining("stays.guests");
    }
}

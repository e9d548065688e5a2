package io.vigil.benchmarks;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.port.in.LocateQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A deterministic country-sized data set: one residence per person, missions of four legs and
 * one hotel stay each, and position reports. A third of everything is in metropolitan Mexico
 * City, the rest spread over the country; times spread over 2026.
 */
final class LocatorData {
    static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    static final int LEGS_PER_MISSION = 4;

    final List<Residence> residences = new ArrayList<>();
    final List<Mission> missions = new ArrayList<>();
    final List<PositionReport> positions = new ArrayList<>();
    /** Cuauhtémoc and Juárez, about 5 by 5 km, over one day in mid-March. */
    final LocateQuery query = new LocateQuery(List.of(GeoPoint.of(19.410, -99.180), GeoPoint.of(19.410, -99.130),
            GeoPoint.of(19.450, -99.130), GeoPoint.of(19.455, -99.155), GeoPoint.of(19.450, -99.180)),
            Instant.parse("2026-03-15T00:00:00Z"), Instant.parse("2026-03-16T00:00:00Z"));

    private final SplittableRandom random = new SplittableRandom(42);

    LocatorData(int persons, int legs, int positionReports) {
        List<PersonId> people = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            people.add(new PersonId(new UUID(0x5EED, i)));
        }
        for (PersonId p : people) {
            residences.add(new Residence(ResidenceId.random(), OFFICE, 0, p, List.of(),
                    new Address("Calle " + random.nextInt(1000), "Centro", "Ciudad", "MX"), point(), Optional.empty(),
                    YEAR_START.minus(Duration.ofDays(random.nextInt(2000))), Optional.empty()));
        }
        for (int m = 0; m < legs / LEGS_PER_MISSION; m++) {
            Instant start = instant();
            List<ItineraryLeg> itinerary = new ArrayList<>();
            Place at = place();
            Instant t = start;
            for (int l = 0; l < LEGS_PER_MISSION; l++) {
                Place next = place();
                Instant arrival = t.plus(Duration.ofMinutes(30 + random.nextInt(300)));
                TravelMode mode = random.nextInt(3) == 0 ? TravelMode.FLIGHT : TravelMode.ROAD;
                itinerary.add(new ItineraryLeg(mode, at, next, t, arrival));
                at = next;
                t = arrival.plus(Duration.ofHours(random.nextInt(48)));
            }
            HotelStay stay = new HotelStay(itinerary.get(0).to(), itinerary.get(0).arrival(),
                    itinerary.get(0).arrival().plus(Duration.ofHours(20)));
            List<PersonId> members = List.of(people.get(random.nextInt(persons)), people.get(random.nextInt(persons)));
            missions.add(new Mission(MissionId.random(), OFFICE, 0, "Mission " + m, "field visit",
                    members.get(0).equals(members.get(1)) ? members.subList(0, 1) : members, itinerary, List.of(stay)));
        }
        for (int i = 0; i < positionReports; i++) {
            positions.add(new PositionReport(new UUID(0xF00D, i), OFFICE, people.get(random.nextInt(persons)),
                    instant(), point(), "app"));
        }
    }

    GeoArea area() {
        return GeoArea.polygon(query.area());
    }

    private GeoPoint point() {
        if (random.nextInt(3) == 0) {
            return GeoPoint.of(19.20 + random.nextDouble() * 0.40, -99.35 + random.nextDouble() * 0.40);
        }
        return GeoPoint.of(14.6 + random.nextDouble() * 18.0, -117.0 + random.nextDouble() * 30.0);
    }

    private Place place() {
        return new Place("P" + random.nextInt(10_000), point());
    }

    private Instant instant() {
        return YEAR_START.plusSeconds(random.nextLong(365L * 24 * 3600));
    }
}

package io.vigil.people.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is in a warden zone at an instant, for its roster: the residents of the residences assigned
 * to the zone that are lived in then, and the guests of missions' hotel stays then at a hotel inside
 * the zone's outline (each stay's own guests, not every member). Living and staying are the rules the locator's {@link Sightings} apply
 * ({@link Residence#livedInDuring}, {@link HotelStay#during}), so a person is on the roster at
 * {@code t} exactly when the locator finds them in the zone at {@code t} by residence or hotel stay.
 */
public final class ZoneOccupants {
    private ZoneOccupants() {
    }

    /** Why a person is in the zone. */
    public enum Kind {
        /** The occupant of a residence in the zone. */
        RESIDENT,
        /** A member of an occupant's household. */
        HOUSEHOLD,
        /** A mission member staying (as a guest of the stay) at a hotel in the zone. */
        VISITOR
    }

    /**
     * One person in the zone.
     *
     * @param place the residence's street (and district), or the hotel's name
     * @param until when the person leaves (move-out, check-out), if known
     */
    public record Occupant(PersonId person, Kind kind, String place, Optional<Instant> until) {
        public Occupant {
            Require.nonNull(person, "person");
            Require.nonNull(kind, "kind");
            Require.nonNull(place, "place");
            Require.nonNull(until, "until");
        }
    }

    /**
     * The zone's occupants at {@code at}, each person once: residents first (residences by id), then
     * visitors (missions and stays in the order given); a person found twice keeps the first place.
     * The candidates may hold more than the zone's (the stores' prefilters are coarse): only
     * residences assigned to the zone and stays inside its outline count.
     */
    public static List<Occupant> of(WardenZone zone, Instant at, Collection<Residence> residences,
                                    Collection<Mission> missions) {
        TimeWindow now = TimeWindow.at(at);
        Map<PersonId, Occupant> found = new LinkedHashMap<>();
        residences.stream().filter(r -> r.wardenZone().filter(zone.id()::equals).isPresent())
                .filter(r -> r.livedInDuring(now)).sorted(Comparator.comparing(r -> r.id().toString()))
                .forEach(r -> {
                    for (PersonId p : r.residents()) {
                        found.putIfAbsent(p, new Occupant(p, p.equals(r.occupant()) ? Kind.RESIDENT : Kind.HOUSEHOLD,
                                place(r.address()), r.movedOut()));
                    }
                });
        GeoArea area = zone.area();
        for (Mission m : missions) {
            for (HotelStay stay : m.stays()) {
                if (stay.during(now) && area.contains(stay.hotel().point())) {
                    stay.guests().forEach(p -> found.putIfAbsent(p, new Occupant(p, Kind.VISITOR, stay.hotel().name(),
                            Optional.of(stay.checkOut()))));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static String place(Address address) {
        return address.district().isEmpty() ? address.street() : address.street() + ", " + address.district();
    }
}

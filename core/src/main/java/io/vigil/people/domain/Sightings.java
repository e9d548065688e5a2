package io.vigil.people.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The locator's rules: which records place which persons inside an area during a window.
 * <ul>
 * <li>a residence, while lived in ({@link Residence#livedInDuring}), places its occupant and household
 * at its location;</li>
 * <li>a flight places its travellers at its origin at departure and at its destination at arrival;</li>
 * <li>a road or river leg places them along the straight route for the whole leg;</li>
 * <li>a hotel stay places its guests (not every member) at the hotel from check-in to check-out
 * ({@link HotelStay#during});</li>
 * <li>a reported position places its person there at that instant.</li>
 * </ul>
 * The zone roster ({@link ZoneOccupants}) applies the same rules of living and staying at an instant.
 */
public final class Sightings {
    private Sightings() {
    }

    /** Hits from one residence. */
    public static List<LocatorHit> of(Residence r, GeoArea area, TimeWindow window) {
        if (!r.livedInDuring(window) || !area.contains(r.location())) {
            return List.of();
        }
        String detail = "lives at " + r.address().street() + ", " + r.address().city();
        return r.residents().stream().map(p -> new LocatorHit(p, SightingReason.RESIDENCE, r.id().toString(),
                r.location(), r.movedIn(), r.movedOut(), detail)).toList();
    }

    /** Hits from one mission's legs and hotel stays. */
    public static List<LocatorHit> of(Mission m, GeoArea area, TimeWindow window) {
        List<LocatorHit> hits = new ArrayList<>();
        for (ItineraryLeg leg : m.legs()) {
            legHit(m, leg, area, window).ifPresent(h -> m.members().forEach(p -> hits.add(withPerson(h, p))));
        }
        for (HotelStay stay : m.stays()) {
            if (stay.during(window) && area.contains(stay.hotel().point())) {
                for (PersonId guest : stay.guests()) {
                    hits.add(new LocatorHit(guest, SightingReason.HOTEL_STAY, m.id().toString(), stay.hotel().point(),
                            stay.checkIn(), Optional.of(stay.checkOut()),
                            "staying at " + stay.hotel().name() + " (mission " + m.name() + ")"));
                }
            }
        }
        return hits;
    }

    /** The hit from one reported position, if it falls inside. */
    public static Optional<LocatorHit> of(PositionReport r, GeoArea area, TimeWindow window) {
        if (!window.contains(r.at()) || !area.contains(r.position())) {
            return Optional.empty();
        }
        return Optional.of(new LocatorHit(r.person(), SightingReason.LAST_KNOWN_POSITION, r.id().toString(),
                r.position(), r.at(), Optional.of(r.at()), "reported position via " + r.source()));
    }

    private static Optional<LocatorHit> legHit(Mission m, ItineraryLeg leg, GeoArea area, TimeWindow window) {
        String label = leg.mode().name().toLowerCase() + " " + leg.from().name() + " to " + leg.to().name()
                + " (mission " + m.name() + ")";
        if (leg.mode().alongRoute()) {
            if (window.overlaps(leg.departure(), leg.arrival())
                    && area.touchesSegment(leg.from().point(), leg.to().point())) {
                Place near = area.contains(leg.to().point()) ? leg.to() : leg.from();
                return Optional.of(hit(m, near, leg, "travelling " + label));
            }
            return Optional.empty();
        }
        if (window.contains(leg.departure()) && area.contains(leg.from().point())) {
            return Optional.of(hit(m, leg.from(), leg, "departing on " + label));
        }
        if (window.contains(leg.arrival()) && area.contains(leg.to().point())) {
            return Optional.of(hit(m, leg.to(), leg, "arriving on " + label));
        }
        return Optional.empty();
    }

    private static LocatorHit hit(Mission m, Place where, ItineraryLeg leg, String detail) {
        return new LocatorHit(m.members().get(0), SightingReason.ITINERARY_LEG, m.id().toString(), where.point(),
                leg.departure(), Optional.of(leg.arrival()), detail);
    }

    private static LocatorHit withPerson(LocatorHit h, PersonId person) {
        return new LocatorHit(person, h.reason(), h.source(), h.where(), h.from(), h.until(), h.detail());
    }
}

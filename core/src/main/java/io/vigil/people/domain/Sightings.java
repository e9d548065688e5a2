package io.vigil.people.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The locator's rules: which records place which persons inside an area during a window.
 * <ul>
 * <li>a residence, while lived in ({@link Residence#livedInDuring}), places its occupant and household
 * at its location; a resident with stays in the country recorded ({@link Presence}) only while one of
 * those stays covers the time (from the later of move-in and arrival until the earlier of move-out
 * and departure), and a resident with no stay recorded (national staff, most dependents) always:
 * the presence log says who left the country, not who lives in it;</li>
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

    /** Hits from one residence, every resident counted present (no stays known). */
    public static List<LocatorHit> of(Residence r, GeoArea area, TimeWindow window) {
        return of(r, area, window, Map.of());
    }

    /**
     * Hits from one residence, given the residents' stays in the country (a resident absent from
     * {@code stays}, or with no stay, is counted present): one hit per stay that overlaps both the
     * time lived there and the window, from the later start to the earlier end.
     */
    public static List<LocatorHit> of(Residence r, GeoArea area, TimeWindow window,
                                      Map<PersonId, List<Presence>> stays) {
        if (!r.livedInDuring(window) || !area.contains(r.location())) {
            return List.of();
        }
        return ofResidents(r, window, stays);
    }

    /**
     * The hits of {@link #of(Residence, GeoArea, TimeWindow, Map)} from a residence the caller has
     * already found in the area and lived in during the window (so neither is tested again).
     */
    public static List<LocatorHit> ofResidents(Residence r, TimeWindow window, Map<PersonId, List<Presence>> stays) {
        String detail = "lives at " + r.address().street() + ", " + r.address().city();
        List<LocatorHit> hits = new ArrayList<>();
        for (PersonId p : r.residents()) {
            List<Presence> theirs = stays.getOrDefault(p, List.of());
            if (theirs.isEmpty()) {
                hits.add(new LocatorHit(p, SightingReason.RESIDENCE, r.id().toString(), r.location(), r.movedIn(),
                        r.movedOut(), detail));
                continue;
            }
            for (Presence stay : theirs) {
                Instant from = later(r.movedIn(), stay.arrival());
                Optional<Instant> until = earlier(r.movedOut(), stay.departure());
                if (until.map(u -> !u.isBefore(from)).orElse(true)
                        && window.overlapsEndExcluded(from, until.orElse(null))) {
                    hits.add(new LocatorHit(p, SightingReason.RESIDENCE, r.id().toString(), r.location(), from, until,
                            detail));
                }
            }
        }
        return hits;
    }

    /**
     * Whether a person with these stays in the country is known to be abroad at {@code t}: they have
     * a stay recorded and none covers {@code t}. A person with no stay recorded is never known abroad.
     */
    public static boolean abroadAt(List<Presence> stays, Instant t) {
        return !stays.isEmpty() && stays.stream().noneMatch(s -> s.coversInstant(t));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
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
        if (leg.mode().alongRoute()) {
            if (window.overlaps(leg.departure(), leg.arrival())
                    && area.touchesSegment(leg.from().point(), leg.to().point())) {
                Place near = area.contains(leg.to().point()) ? leg.to() : leg.from();
                return Optional.of(hit(m, near, leg, "travelling " + label(m, leg)));
            }
            return Optional.empty();
        }
        if (window.contains(leg.departure()) && area.contains(leg.from().point())) {
            return Optional.of(hit(m, leg.from(), leg, "departing on " + label(m, leg)));
        }
        if (window.contains(leg.arrival()) && area.contains(leg.to().point())) {
            return Optional.of(hit(m, leg.to(), leg, "arriving on " + label(m, leg)));
        }
        return Optional.empty();
    }

    /** The leg in words, written only for a hit (most legs of a candidate mission are not one). */
    private static String label(Mission m, ItineraryLeg leg) {
        return leg.mode().name().toLowerCase() + " " + leg.from().name() + " to " + leg.to().name()
                + " (mission " + m.name() + ")";
    }

    private static LocatorHit hit(Mission m, Place where, ItineraryLeg leg, String detail) {
        return new LocatorHit(m.members().get(0), SightingReason.ITINERARY_LEG, m.id().toString(), where.point(),
                leg.departure(), Optional.of(leg.arrival()), detail);
    }

    private static LocatorHit withPerson(LocatorHit h, PersonId person) {
        return new LocatorHit(person, h.reason(), h.source(), h.where(), h.from(), h.until(), h.detail());
    }
}

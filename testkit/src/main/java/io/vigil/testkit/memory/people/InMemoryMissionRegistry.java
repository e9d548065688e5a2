package io.vigil.testkit.memory.people;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@link MissionRegistry} in memory. Each leg and hotel stay is one entry of a grid over space and
 * time ({@link SpanGrid}), with its box and its time span, however many days it spans, filed under
 * the stored mission itself, so a query reads no map.
 */
public final class InMemoryMissionRegistry extends InMemoryVersionedStore<MissionId, Mission>
        implements MissionRegistry.Scanned {
    private final SpanGrid<Mission> spans = new SpanGrid<>();
    private final MemberIndex<PersonId, MissionId> byPerson = new MemberIndex<>();

    public InMemoryMissionRegistry() {
        super("mission");
    }


    @Override
    public List<Mission> ofPerson(PersonId person) {
        return query.byIds(byPerson.of(person), m -> m.members().contains(person), BY_ID);
    }

    /** Each mission once, however many of its legs and stays meet the box and the window. */
    @Override
    public synchronized List<Mission> candidatesWithin(OfficeId office, GeoBox box, TimeWindow window) {
        Set<Mission> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // the stored instances
        List<Mission> found = new ArrayList<>();
        spans.forEach(box, window.from(), window.to(), m -> {
            if (seen.add(m) && m.office().equals(office) && m.mayBeWithin(box, window)) {
                found.add(m);
            }
        });
        return found;
    }

    @Override
    protected void indexed(Mission m) {
        byPerson.put(m.id(), m.members());
        for (ItineraryLeg leg : m.legs()) {
            spans.put(m, leg.bounds(), leg.departure(), leg.arrival());
        }
        for (HotelStay stay : m.stays()) {
            spans.put(m, at(stay), stay.checkIn(), stay.checkOut());
        }
    }

    @Override
    protected void unindexed(Mission m) {
        byPerson.remove(m.id(), m.members());
        for (ItineraryLeg leg : m.legs()) {
            spans.remove(m, leg.bounds(), leg.departure(), leg.arrival());
        }
        for (HotelStay stay : m.stays()) {
            spans.remove(m, at(stay), stay.checkIn(), stay.checkOut());
        }
    }

    private static GeoBox at(HotelStay stay) {
        return new GeoBox(stay.hotel().point().latitude(), stay.hotel().point().longitude(),
                stay.hotel().point().latitude(), stay.hotel().point().longitude());
    }

    /** How many entries the time index holds: one per leg and stay stored, whatever their length. */
    synchronized int timeIndexEntries() {
        return spans.size();
    }

    /** The bytes of the leg and stay index's arrays. */
    public synchronized long indexBytes() {
        return spans.bytes();
    }
}

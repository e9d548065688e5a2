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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link MissionRegistry} in memory. Each leg and hotel stay is indexed twice, once each however
 * many days it spans: by its box in a quadtree, and by its time span ({@link TimeSpanIndex}). A
 * query of up to {@value #MAX_TIME_INDEX_DAYS} days reads the time index (most movements are short,
 * so this is the selective path); longer windows use the quadtree.
 */
public final class InMemoryMissionRegistry extends InMemoryVersionedStore<MissionId, Mission>
        implements MissionRegistry.Scanned {
    static final int MAX_TIME_INDEX_DAYS = 31;

    private final SpatialIndex<MissionId> index = new SpatialIndex<>();
    private final TimeSpanIndex<MissionId> spans = new TimeSpanIndex<>();
    private final MemberIndex<PersonId, MissionId> byPerson = new MemberIndex<>();

    public InMemoryMissionRegistry() {
        super("mission");
    }


    @Override
    public List<Mission> ofPerson(PersonId person) {
        return query.byIds(byPerson.of(person), m -> m.members().contains(person), BY_ID);
    }

    @Override
    public synchronized List<Mission> candidatesWithin(OfficeId office, GeoBox box, TimeWindow window) {
        Collection<MissionId> ids = Duration.between(window.from(), window.to())
                .compareTo(Duration.ofDays(MAX_TIME_INDEX_DAYS)) < 0 ? spans.query(box, window) : index.query(box);
        return ids.stream().map(this::findById).flatMap(Optional::stream)
                .filter(m -> m.office().equals(office) && m.mayBeWithin(box, window)).toList();
    }

    @Override
    protected void indexed(Mission m) {
        byPerson.put(m.id(), m.members());
        List<GeoBox> boxes = new ArrayList<>();
        for (ItineraryLeg leg : m.legs()) {
            boxes.add(leg.bounds());
            spans.put(m.id(), leg.bounds(), leg.departure(), leg.arrival());
        }
        for (HotelStay stay : m.stays()) {
            GeoBox at = SpatialIndex.point(stay.hotel().point());
            boxes.add(at);
            spans.put(m.id(), at, stay.checkIn(), stay.checkOut());
        }
        index.put(m.id(), boxes);
    }

    @Override
    protected void unindexed(Mission m) {
        byPerson.remove(m.id(), m.members());
        index.remove(m.id());
        for (ItineraryLeg leg : m.legs()) {
            spans.remove(m.id(), leg.departure(), leg.arrival());
        }
        for (HotelStay stay : m.stays()) {
            spans.remove(m.id(), stay.checkIn(), stay.checkOut());
        }
    }

    /** How many entries the time index holds: one per leg and stay stored, whatever their length. */
    synchronized int timeIndexEntries() {
        return spans.size();
    }
}

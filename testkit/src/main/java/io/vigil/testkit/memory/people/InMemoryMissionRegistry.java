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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MissionRegistry} in memory. Each leg and hotel stay is indexed twice: by its box in a
 * quadtree, and by the UTC days it spans. A query of up to {@value #MAX_BUCKET_DAYS} days reads
 * only the day buckets it covers (most movements are short, so this is the selective path);
 * longer windows use the quadtree.
 */
public final class InMemoryMissionRegistry extends InMemoryVersionedStore<MissionId, Mission>
        implements MissionRegistry.Scanned {
    static final int MAX_BUCKET_DAYS = 31;
    private static final long DAY = 86_400;

    private final SpatialIndex<MissionId> index = new SpatialIndex<>();
    /** Day number to the boxes of the legs and stays on that day, by mission. */
    private final Map<Long, List<Entry>> byDay = new HashMap<>();
    private final MemberIndex<PersonId, MissionId> byPerson = new MemberIndex<>();

    private record Entry(MissionId mission, GeoBox box) {
    }

    public InMemoryMissionRegistry() {
        super("mission");
    }


    @Override
    public List<Mission> ofPerson(PersonId person) {
        return query.byIds(byPerson.of(person), m -> m.members().contains(person), BY_ID);
    }

    @Override
    public synchronized List<Mission> candidatesWithin(OfficeId office, GeoBox box, TimeWindow window) {
        long first = day(window.from());
        long last = day(window.to());
        Collection<MissionId> ids;
        if (last - first < MAX_BUCKET_DAYS) {
            ids = new LinkedHashSet<>();
            for (long d = first; d <= last; d++) {
                for (Entry e : byDay.getOrDefault(d, List.of())) {
                    if (e.box().intersects(box)) {
                        ids.add(e.mission());
                    }
                }
            }
        } else {
            ids = index.query(box);
        }
        return ids.stream().map(this::findById).flatMap(Optional::stream)
                .filter(m -> m.office().equals(office) && m.mayBeWithin(box, window)).toList();
    }

    @Override
    protected void indexed(Mission m) {
        byPerson.put(m.id(), m.members());
        List<GeoBox> boxes = new ArrayList<>();
        for (ItineraryLeg leg : m.legs()) {
            boxes.add(leg.bounds());
            bucket(m.id(), leg.bounds(), leg.departure(), leg.arrival());
        }
        for (HotelStay stay : m.stays()) {
            GeoBox at = SpatialIndex.point(stay.hotel().point());
            boxes.add(at);
            bucket(m.id(), at, stay.checkIn(), stay.checkOut());
        }
        index.put(m.id(), boxes);
    }

    @Override
    protected void unindexed(Mission m) {
        byPerson.remove(m.id(), m.members());
        index.remove(m.id());
        for (ItineraryLeg leg : m.legs()) {
            unbucket(m.id(), leg.departure(), leg.arrival());
        }
        for (HotelStay stay : m.stays()) {
            unbucket(m.id(), stay.checkIn(), stay.checkOut());
        }
    }

    private void bucket(MissionId id, GeoBox box, Instant from, Instant to) {
        for (long d = day(from); d <= day(to); d++) {
            byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(new Entry(id, box));
        }
    }

    private void unbucket(MissionId id, Instant from, Instant to) {
        for (long d = day(from); d <= day(to); d++) {
            List<Entry> entries = byDay.get(d);
            if (entries != null) {
                entries.removeIf(e -> e.mission().equals(id));
                if (entries.isEmpty()) {
                    byDay.remove(d);
                }
            }
        }
    }

    private static long day(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), DAY);
    }
}

package io.vigil.testkit.memory;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.port.out.MissionRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link MissionRegistry} in memory, with a quadtree over each leg's and stay's box. */
public final class InMemoryMissionRegistry extends InMemoryVersionedStore<MissionId, Mission>
        implements MissionRegistry {
    private static final Comparator<Mission> BY_ID = Comparator.comparing(m -> m.id().toString());
    private final SpatialIndex<MissionId> index = new SpatialIndex<>();

    public InMemoryMissionRegistry() {
        super("mission");
    }

    @Override
    public Page<Mission> list(OfficeId office, PageRequest page) {
        return Page.of(matching(office, m -> true).sorted(BY_ID).toList(), page);
    }

    @Override
    public List<Mission> ofPerson(PersonId person) {
        return matchingAnyOffice(m -> m.members().contains(person)).stream().sorted(BY_ID).toList();
    }

    @Override
    public synchronized List<Mission> candidatesWithin(OfficeId office, GeoBox box, TimeWindow window) {
        return index.query(box).stream().map(this::findById).flatMap(Optional::stream)
                .filter(m -> m.office().equals(office) && m.mayBeWithin(box, window)).toList();
    }

    @Override
    protected void indexed(Mission m) {
        List<GeoBox> boxes = new ArrayList<>();
        m.legs().stream().map(ItineraryLeg::bounds).forEach(boxes::add);
        m.stays().forEach(s -> boxes.add(SpatialIndex.point(s.hotel().point())));
        index.put(m.id(), boxes);
    }

    @Override
    protected void unindexed(Mission m) {
        index.remove(m.id());
    }
}

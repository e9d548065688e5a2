package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.port.out.MissionRegistry;
import java.util.List;

/** {@link MissionRegistry} on JSON files. */
final class FileMissionRegistry extends FileVersionedStore<MissionId, Mission> implements MissionRegistry.Scanned {
    FileMissionRegistry(JsonDirectory<Mission> files) {
        super(files, "mission");
    }


    @Override
    public List<Mission> ofPerson(PersonId person) {
        return query.anyOffice(m -> m.members().contains(person), BY_ID);
    }

    @Override
    public List<Mission> candidatesWithin(OfficeId office, GeoBox box, TimeWindow window) {
        return query.matching(office, m -> m.mayBeWithin(box, window)).toList();
    }
}

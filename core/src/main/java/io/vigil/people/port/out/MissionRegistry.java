package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import java.util.Comparator;
import java.util.List;

/** Outbound port: visiting missions and duty trips with their itineraries and hotel stays. */
public interface MissionRegistry extends VersionedStore<MissionId, Mission> {

    /** The order of every list of missions: by id. */
    Comparator<Mission> BY_ID = Comparator.comparing(m -> m.id().toString());

    /** The office's missions, ordered by id. */
    Page<Mission> list(OfficeId office, PageRequest page);

    /** The missions the person is a member of, ordered by id. */
    List<Mission> ofPerson(PersonId person);

    /**
     * Every mission of the office for which {@link Mission#mayBeWithin} holds, in any order; it may
     * return more (the locator checks each exactly), never fewer.
     */
    List<Mission> candidatesWithin(OfficeId office, GeoBox box, TimeWindow window);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends MissionRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<MissionId, Mission> query();

        @Override
        default Page<Mission> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_ID, page);
        }
    }
}

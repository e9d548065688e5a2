package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import java.util.Comparator;

/** Outbound port: the office's road incidents. */
public interface RoadIncidentLog extends VersionedStore<RoadIncidentId, RoadIncident> {
    /** The order of the list: latest first, ties by id. */
    Comparator<RoadIncident> LATEST_FIRST = Comparator.comparing(RoadIncident::at).reversed()
            .thenComparing(i -> i.id().toString());

    /** The office's records, latest first. */
    Page<RoadIncident> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends RoadIncidentLog {
        /** The store's records, read whole on each query. */
        RecordQueries<RoadIncidentId, RoadIncident> query();

        @Override
        default Page<RoadIncident> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }
    }
}

package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import java.util.Comparator;

/** Outbound port: the office's visits (protective operations). */
public interface VisitRegistry extends VersionedStore<VisitId, Visit> {
    /** The order of the list: latest start first, ties by id. */
    Comparator<Visit> LATEST_FIRST = Comparator.comparing(Visit::starts).reversed()
            .thenComparing(v -> v.id().toString());

    /** The office's visits, latest start first. */
    Page<Visit> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends VisitRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<VisitId, Visit> query();

        @Override
        default Page<Visit> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }
    }
}

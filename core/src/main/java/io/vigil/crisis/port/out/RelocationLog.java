package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;

/** Outbound port: each office's declared relocations and evacuations, with their lists. */
public interface RelocationLog extends VersionedStore<RelocationId, Relocation> {
    /** The order of {@link #list}: latest declared first, ties by id. */
    Comparator<Relocation> LATEST_FIRST = Comparator.comparing(Relocation::declaredAt).reversed()
            .thenComparing(r -> r.id().toString());

    /** The office's relocations, latest declared first. */
    Page<Relocation> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends RelocationLog {
        /** The store's records, read whole on each query. */
        RecordQueries<RelocationId, Relocation> query();

        @Override
        default Page<Relocation> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }
    }
}

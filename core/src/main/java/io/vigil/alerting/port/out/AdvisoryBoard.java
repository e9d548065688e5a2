package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's security advisories. */
public interface AdvisoryBoard extends VersionedStore<AdvisoryId, Advisory> {
    /** The order of {@link #list} and {@link #active}: latest {@code validFrom} first, ties by id. */
    Comparator<Advisory> LATEST_FIRST = Comparator.comparing(Advisory::validFrom).reversed()
            .thenComparing(a -> a.id().toString());

    /** Every advisory of the office, current or not. */
    Page<Advisory> list(OfficeId office, PageRequest page);

    /** The office's advisories in force at {@code at}. */
    List<Advisory> active(OfficeId office, Instant at);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends AdvisoryBoard {
        /** The store's records, read whole on each query. */
        RecordQueries<AdvisoryId, Advisory> query();

        @Override
        default Page<Advisory> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Advisory> active(OfficeId office, Instant at) {
            return query().list(office, a -> a.activeAt(at), LATEST_FIRST);
        }
    }
}

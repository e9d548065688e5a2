package io.vigil.guard.port.out;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;

/** Outbound port: the office's guard-force contracts. */
public interface GuardContractRegistry extends VersionedStore<GuardContractId, GuardContract> {
    /** The order of every query: by reference, ties by id. */
    Comparator<GuardContract> BY_REFERENCE = Comparator.comparing(GuardContract::reference).thenComparing(c -> c.id().toString());

    /** A page of the office's records, in the order of {@link #BY_REFERENCE}. */
    Page<GuardContract> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends GuardContractRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<GuardContractId, GuardContract> query();

        @Override
        default Page<GuardContract> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_REFERENCE, page);
        }
    }
}

package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.LiaisonAdvice;
import java.util.List;

/** Outbound port: the advice given to the head of office and management's decisions; every list latest first (ties by id). */
public interface AdviceRegister extends VersionedStore<AdviceId, LiaisonAdvice> {

    /** A page of the office's records, latest first (ties by id). */
    Page<LiaisonAdvice> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every record of the office, latest first (ties by id). */
    default List<LiaisonAdvice> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends AdviceRegister {
        /** The store's records, read whole on each query. */
        RecordQueries<AdviceId, LiaisonAdvice> query();

        @Override
        default Page<LiaisonAdvice> list(OfficeId office, PageRequest page) {
            return query().page(office, LiaisonAdvice.LATEST_FIRST, page);
        }

        @Override
        default List<LiaisonAdvice> all(OfficeId office) {
            return query().list(office, LiaisonAdvice.LATEST_FIRST);
        }
    }
}

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

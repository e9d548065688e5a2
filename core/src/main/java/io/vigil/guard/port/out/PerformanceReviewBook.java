package io.vigil.guard.port.out;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the periodic performance reviews of contracts. */
public interface PerformanceReviewBook extends VersionedStore<PerformanceReviewId, PerformanceReview> {
    /** The order of every query: latest period end first, ties by id. */
    Comparator<PerformanceReview> LATEST_FIRST = Comparator.comparing(PerformanceReview::to).reversed()
            .thenComparing(r -> r.id().toString());

    /** A page of the office's records, in the order of {@link #LATEST_FIRST}. */
    Page<PerformanceReview> list(OfficeId office, PageRequest page);

    /** The office's records of one contract, in the order of {@link #LATEST_FIRST}. */
    List<PerformanceReview> ofContract(OfficeId office, GuardContractId contract);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends PerformanceReviewBook {
        /** The store's records, read whole on each query. */
        RecordQueries<PerformanceReviewId, PerformanceReview> query();

        @Override
        default Page<PerformanceReview> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<PerformanceReview> ofContract(OfficeId office, GuardContractId contract) {
            return query().list(office, r -> r.contract().equals(contract), LATEST_FIRST);
        }
    }
}

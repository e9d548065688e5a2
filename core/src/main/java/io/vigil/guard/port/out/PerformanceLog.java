package io.vigil.guard.port.out;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the performance issues recorded against contracts. */
public interface PerformanceLog extends VersionedStore<IssueId, PerformanceIssue> {
    /** The order of every query: latest day first, ties by id. */
    Comparator<PerformanceIssue> LATEST_FIRST = Comparator.comparing(PerformanceIssue::date).reversed().thenComparing(i -> i.id().toString());

    /** A page of the office's records, in the order of {@link #LATEST_FIRST}. */
    Page<PerformanceIssue> list(OfficeId office, PageRequest page);

    /** The office's records of one contract, in the order of {@link #LATEST_FIRST}. */
    List<PerformanceIssue> ofContract(OfficeId office, GuardContractId contract);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends PerformanceLog {
        /** The store's records, read whole on each query. */
        RecordQueries<IssueId, PerformanceIssue> query();

        @Override
        default Page<PerformanceIssue> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<PerformanceIssue> ofContract(OfficeId office, GuardContractId contract) {
            return query().list(office, r -> r.contract().equals(contract), LATEST_FIRST);
        }
    }
}

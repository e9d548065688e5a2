package io.vigil.guard.port.out;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the site inspections. */
public interface InspectionLog extends VersionedStore<InspectionId, Inspection> {
    /** The order of every query: latest first, ties by id. */
    Comparator<Inspection> LATEST_FIRST = Comparator.comparing(Inspection::at).reversed().thenComparing(i -> i.id().toString());

    /** A page of the office's records, in the order of {@link #LATEST_FIRST}. */
    Page<Inspection> list(OfficeId office, PageRequest page);

    /** The office's records of one contract, in the order of {@link #LATEST_FIRST}. */
    List<Inspection> ofContract(OfficeId office, GuardContractId contract);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends InspectionLog {
        /** The store's records, read whole on each query. */
        RecordQueries<InspectionId, Inspection> query();

        @Override
        default Page<Inspection> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Inspection> ofContract(OfficeId office, GuardContractId contract) {
            return query().list(office, r -> r.contract().equals(contract), LATEST_FIRST);
        }
    }
}

package io.vigil.guard.port.out;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the vendors' invoices and their certification. */
public interface InvoiceLedger extends VersionedStore<InvoiceId, Invoice> {
    /** The order of every query: latest period first, ties by id. */
    Comparator<Invoice> LATEST_FIRST = Comparator.comparing(Invoice::from).reversed().thenComparing(i -> i.id().toString());

    /** A page of the office's records, in the order of {@link #LATEST_FIRST}. */
    Page<Invoice> list(OfficeId office, PageRequest page);

    /** The office's records of one contract, in the order of {@link #LATEST_FIRST}. */
    List<Invoice> ofContract(OfficeId office, GuardContractId contract);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends InvoiceLedger {
        /** The store's records, read whole on each query. */
        RecordQueries<InvoiceId, Invoice> query();

        @Override
        default Page<Invoice> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Invoice> ofContract(OfficeId office, GuardContractId contract) {
            return query().list(office, r -> r.contract().equals(contract), LATEST_FIRST);
        }
    }
}

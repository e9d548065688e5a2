package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.LiaisonContactId;
import java.util.List;

/** Outbound port: the information log (what was obtained from or shared with whom); every list latest first (ties by id). */
public interface InformationLog extends VersionedStore<ExchangeId, InformationExchange> {

    /** A page of the office's records, latest first (ties by id). */
    Page<InformationExchange> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every record of the office, latest first (ties by id). */
    default List<InformationExchange> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** The exchanges with one contact of the office, latest first (ties by id). */
    List<InformationExchange> ofContact(OfficeId office, LiaisonContactId contact);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends InformationLog {
        /** The store's records, read whole on each query. */
        RecordQueries<ExchangeId, InformationExchange> query();

        @Override
        default Page<InformationExchange> list(OfficeId office, PageRequest page) {
            return query().page(office, InformationExchange.LATEST_FIRST, page);
        }

        @Override
        default List<InformationExchange> all(OfficeId office) {
            return query().list(office, InformationExchange.LATEST_FIRST);
        }

        @Override
        default List<InformationExchange> ofContact(OfficeId office, LiaisonContactId contact) {
            return query().list(office, x -> x.contact().equals(contact), InformationExchange.LATEST_FIRST);
        }
    }
}

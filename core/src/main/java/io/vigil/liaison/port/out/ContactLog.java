package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.LiaisonContactId;
import java.util.List;

/** Outbound port: the contact log (who was reached, when, how); every list latest first (ties by id). */
public interface ContactLog extends VersionedStore<ContactEntryId, ContactEntry> {

    /** A page of the office's records, latest first (ties by id). */
    Page<ContactEntry> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every record of the office, latest first (ties by id). */
    default List<ContactEntry> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** The entries about one contact of the office, latest first (ties by id). */
    List<ContactEntry> ofContact(OfficeId office, LiaisonContactId contact);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends ContactLog {
        /** The store's records, read whole on each query. */
        RecordQueries<ContactEntryId, ContactEntry> query();

        @Override
        default Page<ContactEntry> list(OfficeId office, PageRequest page) {
            return query().page(office, ContactEntry.LATEST_FIRST, page);
        }

        @Override
        default List<ContactEntry> all(OfficeId office) {
            return query().list(office, ContactEntry.LATEST_FIRST);
        }

        @Override
        default List<ContactEntry> ofContact(OfficeId office, LiaisonContactId contact) {
            return query().list(office, x -> x.contact().equals(contact), ContactEntry.LATEST_FIRST);
        }
    }
}

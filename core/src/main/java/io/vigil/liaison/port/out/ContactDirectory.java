package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.OrganisationId;
import java.util.List;

/** Outbound port: the contacts of those organisations; every list by name (ties by id). */
public interface ContactDirectory extends VersionedStore<LiaisonContactId, LiaisonContact> {

    /** A page of the office's records, by name (ties by id). */
    Page<LiaisonContact> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every record of the office, by name (ties by id). */
    default List<LiaisonContact> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** The contacts of one organisation of the office, by name (ties by id). */
    List<LiaisonContact> ofOrganisation(OfficeId office, OrganisationId organisation);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends ContactDirectory {
        /** The store's records, read whole on each query. */
        RecordQueries<LiaisonContactId, LiaisonContact> query();

        @Override
        default Page<LiaisonContact> list(OfficeId office, PageRequest page) {
            return query().page(office, LiaisonContact.BY_NAME, page);
        }

        @Override
        default List<LiaisonContact> all(OfficeId office) {
            return query().list(office, LiaisonContact.BY_NAME);
        }

        @Override
        default List<LiaisonContact> ofOrganisation(OfficeId office, OrganisationId organisation) {
            return query().list(office, x -> x.organisation().equals(organisation), LiaisonContact.BY_NAME);
        }
    }
}

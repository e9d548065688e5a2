package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import java.util.List;

/** Outbound port: the organisations each office liaises with; every list by name (ties by id). */
public interface OrganisationRegistry extends VersionedStore<OrganisationId, Organisation> {

    /** A page of the office's records, by name (ties by id). */
    Page<Organisation> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every record of the office, by name (ties by id). */
    default List<Organisation> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends OrganisationRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<OrganisationId, Organisation> query();

        @Override
        default Page<Organisation> list(OfficeId office, PageRequest page) {
            return query().page(office, Organisation.BY_NAME, page);
        }

        @Override
        default List<Organisation> all(OfficeId office) {
            return query().list(office, Organisation.BY_NAME);
        }
    }
}

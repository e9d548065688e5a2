package io.vigil.risk.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's facilities with their security systems, equipment and surveys. */
public interface FacilityRegistry extends VersionedStore<FacilityId, Facility> {
    /** The order of {@link #list} and {@link #all}: by name, ties by id. */
    Comparator<Facility> BY_NAME = Comparator.comparing(Facility::name).thenComparing(f -> f.id().toString());


    /** The office's facilities by name (ties by id). */
    Page<Facility> list(OfficeId office, PageRequest page);

    /** Every facility of the office, by name (an office has tens, not thousands). */
    List<Facility> all(OfficeId office);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends FacilityRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<FacilityId, Facility> query();

        @Override
        default Page<Facility> list(OfficeId office, PageRequest page) {
            return Page.of(all(office), page);
        }

        @Override
        default List<Facility> all(OfficeId office) {
            return query().list(office, BY_NAME);
        }
    }
}

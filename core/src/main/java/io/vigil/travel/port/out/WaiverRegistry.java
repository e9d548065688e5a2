package io.vigil.travel.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the training waivers the office has recorded. */
public interface WaiverRegistry extends VersionedStore<WaiverId, Waiver> {
    /** The order of every query: latest recorded first, ties by id. */
    Comparator<Waiver> LATEST_FIRST = Comparator.comparing(Waiver::recordedAt).reversed()
            .thenComparing(w -> w.id().toString());

    /** The office's waivers, latest first. */
    Page<Waiver> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** One traveller's waivers, latest first. */
    List<Waiver> ofTraveller(OfficeId office, PersonId person);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends WaiverRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<WaiverId, Waiver> query();

        @Override
        default Page<Waiver> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Waiver> ofTraveller(OfficeId office, PersonId person) {
            return query().list(office, w -> w.traveller().equals(person), LATEST_FIRST);
        }
    }
}

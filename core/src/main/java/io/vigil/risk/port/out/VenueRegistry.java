package io.vigil.risk.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's venue assessments. */
public interface VenueRegistry extends VersionedStore<VenueId, VenueAssessment> {
    /** The order of {@link #list}: by name, ties by id. */
    Comparator<VenueAssessment> BY_NAME = Comparator.comparing(VenueAssessment::name)
            .thenComparing(v -> v.id().toString());

    /** The order of {@link #expired}: longest lapsed first, ties by id. */
    Comparator<VenueAssessment> LAPSED_FIRST = Comparator.comparing(VenueAssessment::validUntil)
            .thenComparing(v -> v.id().toString());


    /** The office's venues by name (ties by id). */
    Page<VenueAssessment> list(OfficeId office, PageRequest page);

    /** The office's venues whose assessment has lapsed at {@code at}, longest lapsed first (ties by id). */
    List<VenueAssessment> expired(OfficeId office, Instant at);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends VenueRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<VenueId, VenueAssessment> query();

        @Override
        default Page<VenueAssessment> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_NAME, page);
        }

        @Override
        default List<VenueAssessment> expired(OfficeId office, Instant at) {
            return query().list(office, v -> v.expiredAt(at), LAPSED_FIRST);
        }
    }
}

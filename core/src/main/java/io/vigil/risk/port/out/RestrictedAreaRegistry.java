package io.vigil.risk.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's restricted and high-risk areas. */
public interface RestrictedAreaRegistry extends VersionedStore<RestrictedAreaId, RestrictedArea> {
    /** The order of {@link #list} and {@link #candidates}: by name, ties by id. */
    Comparator<RestrictedArea> BY_NAME = Comparator.comparing(RestrictedArea::name)
            .thenComparing(a -> a.id().toString());


    /** The office's areas by name (ties by id). */
    Page<RestrictedArea> list(OfficeId office, PageRequest page);

    /**
     * The office's areas whose outline's bounding box meets {@code box}: at least every area
     * that could contain a point of the box; the caller applies the exact geometry.
     */
    List<RestrictedArea> candidates(OfficeId office, GeoBox box);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends RestrictedAreaRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<RestrictedAreaId, RestrictedArea> query();

        @Override
        default Page<RestrictedArea> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_NAME, page);
        }

        @Override
        default List<RestrictedArea> candidates(OfficeId office, GeoBox box) {
            return query().list(office, a -> a.bounds().intersects(box), BY_NAME);
        }
    }
}

package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.WardenZone;
import java.util.List;

/**
 * Outbound port: the office's warden zones. Zone ids are unique across offices (the store is keyed
 * by id alone). An office has a handful of zones, so they are listed whole.
 */
public interface WardenZoneRegistry extends VersionedStore<WardenZoneId, WardenZone> {
    /** Every zone of the office, ordered by {@link WardenZone#BY_ID}. */
    List<WardenZone> list(OfficeId office);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends WardenZoneRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<WardenZoneId, WardenZone> query();

        @Override
        default List<WardenZone> list(OfficeId office) {
            return query().list(office, WardenZone.BY_ID);
        }
    }
}

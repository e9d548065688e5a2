package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;
import java.util.Comparator;

/** Outbound port: the office's drivers. */
public interface DriverRoster extends VersionedStore<DriverId, Driver> {
    /** The order of the list: by name, ties by id. */
    Comparator<Driver> BY_NAME = Comparator.comparing(Driver::name).thenComparing(d -> d.id().toString());

    /** The office's drivers, by name. */
    Page<Driver> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends DriverRoster {
        /** The store's records, read whole on each query. */
        RecordQueries<DriverId, Driver> query();

        @Override
        default Page<Driver> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_NAME, page);
        }
    }
}

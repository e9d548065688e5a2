package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;
import java.util.Comparator;

/** Outbound port: the office's vehicles. */
public interface VehicleFleet extends VersionedStore<VehicleId, Vehicle> {
    /** The order of the list: by plate, ties by id. */
    Comparator<Vehicle> BY_PLATE = Comparator.comparing(Vehicle::plate).thenComparing(v -> v.id().toString());

    /** The office's vehicles, by plate. */
    Page<Vehicle> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends VehicleFleet {
        /** The store's records, read whole on each query. */
        RecordQueries<VehicleId, Vehicle> query();

        @Override
        default Page<Vehicle> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_PLATE, page);
        }
    }
}

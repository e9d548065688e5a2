package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.port.out.VehicleFleet;

/** {@link VehicleFleet} on JSON files. */
final class FileVehicleFleet extends FileVersionedStore<VehicleId, Vehicle> implements VehicleFleet.Scanned {
    FileVehicleFleet(JsonDirectory<Vehicle> files) {
        super(files, "vehicle");
    }
}

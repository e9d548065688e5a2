package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.VehicleFleet;
import io.vigil.testkit.contract.movement.VehicleFleetContract;

class VehicleFleetFilesTest extends VehicleFleetContract {
    @Override
    protected VehicleFleet store() {
        return FileStoresFixture.stores(FileMovementStores::new).vehicles();
    }
}

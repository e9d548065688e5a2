package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.DriverRoster;
import io.vigil.testkit.contract.movement.DriverRosterContract;

class DriverRosterFilesTest extends DriverRosterContract {
    @Override
    protected DriverRoster store() {
        return FileStoresFixture.stores(FileMovementStores::new).drivers();
    }
}

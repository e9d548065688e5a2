package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.MovementLog;
import io.vigil.testkit.contract.movement.MovementLogContract;

class MovementLogFilesTest extends MovementLogContract {
    @Override
    protected MovementLog store() {
        return FileStoresFixture.stores(FileMovementStores::new).movements();
    }
}

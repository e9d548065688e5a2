package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.MovementSettingsStore;
import io.vigil.testkit.contract.movement.MovementSettingsStoreContract;

class MovementSettingsStoreFilesTest extends MovementSettingsStoreContract {
    @Override
    protected MovementSettingsStore store() {
        return FileStoresFixture.stores(FileMovementStores::new).settings();
    }
}

package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.RiverOptionRegistry;
import io.vigil.testkit.contract.movement.RiverOptionRegistryContract;

class RiverOptionRegistryFilesTest extends RiverOptionRegistryContract {
    @Override
    protected RiverOptionRegistry store() {
        return FileStoresFixture.stores(FileMovementStores::new).riverOptions();
    }
}

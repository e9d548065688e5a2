package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.VisitRegistry;
import io.vigil.testkit.contract.movement.VisitRegistryContract;

class VisitRegistryFilesTest extends VisitRegistryContract {
    @Override
    protected VisitRegistry store() {
        return FileStoresFixture.stores(FileMovementStores::new).visits();
    }
}

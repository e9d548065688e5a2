package io.vigil.files.travel;

import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.travel.AirOperatorRegistryContract;
import io.vigil.travel.port.out.AirOperatorRegistry;

class AirOperatorRegistryFilesTest extends AirOperatorRegistryContract {
    @Override
    protected AirOperatorRegistry store() {
        return FileStoresFixture.stores(FileTravelStores::new).operators();
    }
}

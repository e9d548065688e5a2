package io.vigil.files.travel;

import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.travel.ClearanceRegistryContract;
import io.vigil.travel.port.out.ClearanceRegistry;

class ClearanceRegistryFilesTest extends ClearanceRegistryContract {
    @Override
    protected ClearanceRegistry store() {
        return FileStoresFixture.stores(FileTravelStores::new).clearances();
    }
}

package io.vigil.files.travel;

import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.travel.WaiverRegistryContract;
import io.vigil.travel.port.out.WaiverRegistry;

class WaiverRegistryFilesTest extends WaiverRegistryContract {
    @Override
    protected WaiverRegistry store() {
        return FileStoresFixture.stores(FileTravelStores::new).waivers();
    }
}

package io.vigil.files;

import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.VenueRegistryContract;

class VenueRegistryFilesTest extends VenueRegistryContract {
    @Override
    protected VenueRegistry store() {
        return FileStoresFixture.STORES.venues();
    }
}

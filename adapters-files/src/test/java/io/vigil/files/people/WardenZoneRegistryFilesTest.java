package io.vigil.files.people;

import io.vigil.files.FileStoresFixture;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.contract.people.WardenZoneRegistryContract;

class WardenZoneRegistryFilesTest extends WardenZoneRegistryContract {
    @Override
    protected WardenZoneRegistry store() {
        return FileStoresFixture.stores(FilePeopleStores::new).zones();
    }
}

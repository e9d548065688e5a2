package io.vigil.files.people;

import io.vigil.files.FileStoresFixture;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.people.MissionRegistryContract;

class MissionRegistryFilesTest extends MissionRegistryContract {
    @Override
    protected MissionRegistry store() {
        return FileStoresFixture.stores(FilePeopleStores::new).missions();
    }
}

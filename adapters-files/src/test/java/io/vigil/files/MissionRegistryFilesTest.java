package io.vigil.files;

import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.MissionRegistryContract;

class MissionRegistryFilesTest extends MissionRegistryContract {
    @Override
    protected MissionRegistry store() {
        return FileStoresFixture.STORES.missions();
    }
}

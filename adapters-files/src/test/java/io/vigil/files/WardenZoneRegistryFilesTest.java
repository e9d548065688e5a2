package io.vigil.files;

import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.contract.WardenZoneRegistryContract;

class WardenZoneRegistryFilesTest extends WardenZoneRegistryContract {
    @Override
    protected WardenZoneRegistry store() {
        return FileStoresFixture.STORES.wardenZones();
    }
}

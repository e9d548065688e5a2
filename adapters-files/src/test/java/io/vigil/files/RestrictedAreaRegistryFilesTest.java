package io.vigil.files;

import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.RestrictedAreaRegistryContract;

class RestrictedAreaRegistryFilesTest extends RestrictedAreaRegistryContract {
    @Override
    protected RestrictedAreaRegistry store() {
        return FileStoresFixture.STORES.restrictedAreas();
    }
}

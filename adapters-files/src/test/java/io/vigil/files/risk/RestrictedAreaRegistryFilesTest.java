package io.vigil.files.risk;

import io.vigil.files.FileStoresFixture;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.risk.RestrictedAreaRegistryContract;

class RestrictedAreaRegistryFilesTest extends RestrictedAreaRegistryContract {
    @Override
    protected RestrictedAreaRegistry store() {
        return FileStoresFixture.stores(FileRiskStores::new).areas();
    }
}

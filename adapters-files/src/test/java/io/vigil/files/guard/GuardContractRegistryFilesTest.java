package io.vigil.files.guard;

import io.vigil.files.FileStoresFixture;
import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.testkit.contract.guard.GuardContractRegistryContract;

class GuardContractRegistryFilesTest extends GuardContractRegistryContract {
    @Override
    protected GuardContractRegistry store() {
        return FileStoresFixture.stores(FileGuardStores::new).contracts();
    }
}

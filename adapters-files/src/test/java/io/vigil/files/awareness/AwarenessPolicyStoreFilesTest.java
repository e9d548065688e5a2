package io.vigil.files.awareness;

import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.awareness.AwarenessPolicyStoreContract;

class AwarenessPolicyStoreFilesTest extends AwarenessPolicyStoreContract {
    @Override
    protected AwarenessPolicyStore store() {
        return FileStoresFixture.stores(FileAwarenessStores::new).policies();
    }
}

package io.vigil.files.crisis;

import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.RelocationLogContract;

class RelocationLogFilesTest extends RelocationLogContract {
    @Override
    protected RelocationLog store() {
        return FileStoresFixture.stores(FileCrisisStores::new).relocations();
    }
}

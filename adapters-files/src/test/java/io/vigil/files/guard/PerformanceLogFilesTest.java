package io.vigil.files.guard;

import io.vigil.files.FileStoresFixture;
import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.testkit.contract.guard.PerformanceLogContract;

class PerformanceLogFilesTest extends PerformanceLogContract {
    @Override
    protected PerformanceLog store() {
        return FileStoresFixture.stores(FileGuardStores::new).issues();
    }
}

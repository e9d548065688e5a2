package io.vigil.files.guard;

import io.vigil.files.FileStoresFixture;
import io.vigil.guard.port.out.InspectionLog;
import io.vigil.testkit.contract.guard.InspectionLogContract;

class InspectionLogFilesTest extends InspectionLogContract {
    @Override
    protected InspectionLog store() {
        return FileStoresFixture.stores(FileGuardStores::new).inspections();
    }
}

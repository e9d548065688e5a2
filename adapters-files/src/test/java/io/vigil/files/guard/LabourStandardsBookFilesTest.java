package io.vigil.files.guard;

import io.vigil.files.FileStoresFixture;
import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.testkit.contract.guard.LabourStandardsBookContract;

class LabourStandardsBookFilesTest extends LabourStandardsBookContract {
    @Override
    protected LabourStandardsBook store() {
        return FileStoresFixture.stores(FileGuardStores::new).standards();
    }
}

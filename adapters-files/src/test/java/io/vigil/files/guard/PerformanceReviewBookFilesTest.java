package io.vigil.files.guard;

import io.vigil.files.FileStoresFixture;
import io.vigil.guard.port.out.PerformanceReviewBook;
import io.vigil.testkit.contract.guard.PerformanceReviewBookContract;

class PerformanceReviewBookFilesTest extends PerformanceReviewBookContract {
    @Override
    protected PerformanceReviewBook store() {
        return FileStoresFixture.stores(FileGuardStores::new).reviews();
    }
}

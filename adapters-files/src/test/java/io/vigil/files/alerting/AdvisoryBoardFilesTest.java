package io.vigil.files.alerting;

import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.alerting.AdvisoryBoardContract;

class AdvisoryBoardFilesTest extends AdvisoryBoardContract {
    @Override
    protected AdvisoryBoard store() {
        return FileStoresFixture.stores(FileAlertingStores::new).advisories();
    }
}

package io.vigil.files;

import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.testkit.contract.AdvisoryBoardContract;

class AdvisoryBoardFilesTest extends AdvisoryBoardContract {
    @Override
    protected AdvisoryBoard store() {
        return FileStoresFixture.STORES.advisories();
    }
}

package io.vigil.jdbc;

import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.testkit.contract.AdvisoryBoardContract;

class AdvisoryBoardH2Test extends AdvisoryBoardContract {
    @Override
    protected AdvisoryBoard store() {
        return TestDatabases.h2().advisories();
    }
}

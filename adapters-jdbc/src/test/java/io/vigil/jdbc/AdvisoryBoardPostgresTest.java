package io.vigil.jdbc;

import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.testkit.contract.AdvisoryBoardContract;

class AdvisoryBoardPostgresTest extends AdvisoryBoardContract {
    @Override
    protected AdvisoryBoard store() {
        return TestDatabases.postgres().advisories();
    }
}

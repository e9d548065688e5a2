package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.AdvisoryBoardContract;

class AdvisoryBoardSqliteTest extends AdvisoryBoardContract {
    @Override
    protected AdvisoryBoard store() {
        return TestDatabases.sqlite(JdbcAlertingStores::new).advisories();
    }
}

package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.CheckInLogContract;

class CheckInLogSqliteTest extends CheckInLogContract {
    @Override
    protected CheckInLog log() {
        return TestDatabases.sqlite(JdbcAlertingStores::new).checkIns();
    }
}

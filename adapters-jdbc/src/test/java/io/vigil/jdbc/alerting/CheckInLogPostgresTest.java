package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.CheckInLogContract;

class CheckInLogPostgresTest extends CheckInLogContract {
    @Override
    protected CheckInLog log() {
        return TestDatabases.postgres(JdbcAlertingStores::new).checkIns();
    }
}

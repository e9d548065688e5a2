package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.CheckInLogContract;

class CheckInLogH2Test extends CheckInLogContract {
    @Override
    protected CheckInLog log() {
        return TestDatabases.h2(JdbcAlertingStores::new).checkIns();
    }
}

package io.vigil.jdbc;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.testkit.contract.CheckInLogContract;

class CheckInLogPostgresTest extends CheckInLogContract {
    @Override
    protected CheckInLog log() {
        return TestDatabases.postgres().checkIns();
    }
}

package io.vigil.jdbc;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.testkit.contract.CheckInLogContract;

class CheckInLogH2Test extends CheckInLogContract {
    @Override
    protected CheckInLog log() {
        return TestDatabases.h2().checkIns();
    }
}

package io.vigil.jdbc;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.testkit.contract.OnCallRosterContract;

class OnCallRosterPostgresTest extends OnCallRosterContract {
    @Override
    protected OnCallRoster store() {
        return TestDatabases.postgres().onCall();
    }
}

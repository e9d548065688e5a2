package io.vigil.jdbc;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.testkit.contract.OnCallRosterContract;

class OnCallRosterH2Test extends OnCallRosterContract {
    @Override
    protected OnCallRoster store() {
        return TestDatabases.h2().onCall();
    }
}

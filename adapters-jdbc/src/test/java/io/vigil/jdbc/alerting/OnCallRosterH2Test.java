package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.OnCallRosterContract;

class OnCallRosterH2Test extends OnCallRosterContract {
    @Override
    protected OnCallRoster store() {
        return TestDatabases.h2(JdbcAlertingStores::new).roster();
    }
}

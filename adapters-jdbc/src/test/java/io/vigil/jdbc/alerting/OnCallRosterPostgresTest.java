package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.OnCallRosterContract;

class OnCallRosterPostgresTest extends OnCallRosterContract {
    @Override
    protected OnCallRoster store() {
        return TestDatabases.postgres(JdbcAlertingStores::new).roster();
    }
}

package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.OnCallRosterContract;

class OnCallRosterSqliteTest extends OnCallRosterContract {
    @Override
    protected OnCallRoster store() {
        return TestDatabases.sqlite(JdbcAlertingStores::new).roster();
    }
}

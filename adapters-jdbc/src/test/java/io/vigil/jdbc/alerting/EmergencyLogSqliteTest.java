package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.EmergencyLogContract;

class EmergencyLogSqliteTest extends EmergencyLogContract {
    @Override
    protected EmergencyLog store() {
        return TestDatabases.sqlite(JdbcAlertingStores::new).emergencies();
    }
}

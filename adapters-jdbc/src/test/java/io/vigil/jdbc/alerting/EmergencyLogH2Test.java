package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.EmergencyLogContract;

class EmergencyLogH2Test extends EmergencyLogContract {
    @Override
    protected EmergencyLog store() {
        return TestDatabases.h2(JdbcAlertingStores::new).emergencies();
    }
}

package io.vigil.jdbc;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.testkit.contract.EmergencyLogContract;

class EmergencyLogPostgresTest extends EmergencyLogContract {
    @Override
    protected EmergencyLog store() {
        return TestDatabases.postgres().emergencies();
    }
}

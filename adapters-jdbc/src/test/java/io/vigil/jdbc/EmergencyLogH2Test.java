package io.vigil.jdbc;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.testkit.contract.EmergencyLogContract;

class EmergencyLogH2Test extends EmergencyLogContract {
    @Override
    protected EmergencyLog store() {
        return TestDatabases.h2().emergencies();
    }
}

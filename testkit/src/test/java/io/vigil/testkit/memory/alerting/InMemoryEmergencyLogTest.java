package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.testkit.contract.alerting.EmergencyLogContract;

class InMemoryEmergencyLogTest extends EmergencyLogContract {
    private static final InMemoryEmergencyLog STORE = new InMemoryEmergencyLog();

    @Override
    protected EmergencyLog store() {
        return STORE;
    }
}

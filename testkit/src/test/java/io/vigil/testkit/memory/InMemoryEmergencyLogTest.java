package io.vigil.testkit.memory;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.testkit.contract.EmergencyLogContract;

class InMemoryEmergencyLogTest extends EmergencyLogContract {
    private static final InMemoryEmergencyLog STORE = new InMemoryEmergencyLog();

    @Override
    protected EmergencyLog store() {
        return STORE;
    }
}

package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.testkit.contract.alerting.CheckInLogContract;

class InMemoryCheckInLogTest extends CheckInLogContract {
    private static final InMemoryCheckInLog STORE = new InMemoryCheckInLog();

    @Override
    protected CheckInLog log() {
        return STORE;
    }
}

package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.testkit.contract.alerting.OnCallRosterContract;

class InMemoryOnCallRosterTest extends OnCallRosterContract {
    private static final InMemoryOnCallRoster STORE = new InMemoryOnCallRoster();

    @Override
    protected OnCallRoster store() {
        return STORE;
    }
}

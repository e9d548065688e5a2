package io.vigil.testkit.memory;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.testkit.contract.OnCallRosterContract;

class InMemoryOnCallRosterTest extends OnCallRosterContract {
    private static final InMemoryOnCallRoster STORE = new InMemoryOnCallRoster();

    @Override
    protected OnCallRoster store() {
        return STORE;
    }
}

package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.DriverRoster;
import io.vigil.testkit.contract.movement.DriverRosterContract;

class InMemoryDriverRosterTest extends DriverRosterContract {
    private static final InMemoryDriverRoster STORE = new InMemoryDriverRoster();

    @Override
    protected DriverRoster store() {
        return STORE;
    }
}

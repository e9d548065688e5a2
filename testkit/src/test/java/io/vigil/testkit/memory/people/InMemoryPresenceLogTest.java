package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.people.PresenceLogContract;

class InMemoryPresenceLogTest extends PresenceLogContract {
    private static final InMemoryPresenceLog STORE = new InMemoryPresenceLog();

    @Override
    protected PresenceLog store() {
        return STORE;
    }
}

package io.vigil.testkit.memory;

import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.PresenceLogContract;

class InMemoryPresenceLogTest extends PresenceLogContract {
    private static final InMemoryPresenceLog STORE = new InMemoryPresenceLog();

    @Override
    protected PresenceLog store() {
        return STORE;
    }
}

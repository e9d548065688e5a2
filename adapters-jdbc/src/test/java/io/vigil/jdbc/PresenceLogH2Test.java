package io.vigil.jdbc;

import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.PresenceLogContract;

class PresenceLogH2Test extends PresenceLogContract {
    @Override
    protected PresenceLog store() {
        return TestDatabases.h2().presences();
    }
}

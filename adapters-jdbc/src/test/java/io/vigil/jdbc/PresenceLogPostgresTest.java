package io.vigil.jdbc;

import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.PresenceLogContract;

class PresenceLogPostgresTest extends PresenceLogContract {
    @Override
    protected PresenceLog store() {
        return TestDatabases.postgres().presences();
    }
}

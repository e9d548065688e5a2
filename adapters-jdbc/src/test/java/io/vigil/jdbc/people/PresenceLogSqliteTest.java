package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.contract.people.PresenceLogContract;

class PresenceLogSqliteTest extends PresenceLogContract {
    @Override
    protected PresenceLog store() {
        return TestDatabases.sqlite(JdbcPeopleStores::new).presences();
    }
}

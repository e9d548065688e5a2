package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.people.MissionRegistryContract;

class MissionRegistrySqliteTest extends MissionRegistryContract {
    @Override
    protected MissionRegistry store() {
        return TestDatabases.sqlite(JdbcPeopleStores::new).missions();
    }
}

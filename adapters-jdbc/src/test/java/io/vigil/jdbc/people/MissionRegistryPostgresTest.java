package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.people.MissionRegistryContract;

class MissionRegistryPostgresTest extends MissionRegistryContract {
    @Override
    protected MissionRegistry store() {
        return TestDatabases.postgres(JdbcPeopleStores::new).missions();
    }
}

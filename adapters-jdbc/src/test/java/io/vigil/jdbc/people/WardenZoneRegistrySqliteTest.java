package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.contract.people.WardenZoneRegistryContract;

class WardenZoneRegistrySqliteTest extends WardenZoneRegistryContract {
    @Override
    protected WardenZoneRegistry store() {
        return TestDatabases.sqlite(JdbcPeopleStores::new).zones();
    }
}

package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.people.ResidenceRegistryContract;

class ResidenceRegistrySqliteTest extends ResidenceRegistryContract {
    @Override
    protected ResidenceRegistry store() {
        return TestDatabases.sqlite(JdbcPeopleStores::new).residences();
    }
}

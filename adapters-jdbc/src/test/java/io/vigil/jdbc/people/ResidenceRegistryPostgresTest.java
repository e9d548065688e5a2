package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.people.ResidenceRegistryContract;

class ResidenceRegistryPostgresTest extends ResidenceRegistryContract {
    @Override
    protected ResidenceRegistry store() {
        return TestDatabases.postgres(JdbcPeopleStores::new).residences();
    }
}

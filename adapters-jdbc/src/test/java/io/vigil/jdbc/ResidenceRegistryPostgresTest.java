package io.vigil.jdbc;

import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.ResidenceRegistryContract;

class ResidenceRegistryPostgresTest extends ResidenceRegistryContract {
    @Override
    protected ResidenceRegistry store() {
        return TestDatabases.postgres().residences();
    }
}

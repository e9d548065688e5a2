package io.vigil.jdbc;

import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.ResidenceRegistryContract;

class ResidenceRegistryH2Test extends ResidenceRegistryContract {
    @Override
    protected ResidenceRegistry store() {
        return TestDatabases.h2().residences();
    }
}

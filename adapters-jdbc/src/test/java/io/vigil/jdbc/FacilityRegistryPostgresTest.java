package io.vigil.jdbc;

import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.contract.FacilityRegistryContract;

class FacilityRegistryPostgresTest extends FacilityRegistryContract {
    @Override
    protected FacilityRegistry store() {
        return TestDatabases.postgres().facilities();
    }
}

package io.vigil.jdbc;

import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.contract.FacilityRegistryContract;

class FacilityRegistryH2Test extends FacilityRegistryContract {
    @Override
    protected FacilityRegistry store() {
        return TestDatabases.h2().facilities();
    }
}

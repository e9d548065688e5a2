package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.risk.VenueRegistryContract;

class VenueRegistryH2Test extends VenueRegistryContract {
    @Override
    protected VenueRegistry store() {
        return TestDatabases.h2(JdbcRiskStores::new).venues();
    }
}

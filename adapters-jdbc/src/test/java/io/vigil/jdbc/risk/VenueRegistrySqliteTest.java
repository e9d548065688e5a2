package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.risk.VenueRegistryContract;

class VenueRegistrySqliteTest extends VenueRegistryContract {
    @Override
    protected VenueRegistry store() {
        return TestDatabases.sqlite(JdbcRiskStores::new).venues();
    }
}

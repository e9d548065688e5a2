package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.risk.VenueRegistryContract;

class VenueRegistryPostgresTest extends VenueRegistryContract {
    @Override
    protected VenueRegistry store() {
        return TestDatabases.postgres(JdbcRiskStores::new).venues();
    }
}

package io.vigil.jdbc;

import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.VenueRegistryContract;

class VenueRegistryPostgresTest extends VenueRegistryContract {
    @Override
    protected VenueRegistry store() {
        return TestDatabases.postgres().venues();
    }
}

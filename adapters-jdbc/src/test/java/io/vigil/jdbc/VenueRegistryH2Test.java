package io.vigil.jdbc;

import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.VenueRegistryContract;

class VenueRegistryH2Test extends VenueRegistryContract {
    @Override
    protected VenueRegistry store() {
        return TestDatabases.h2().venues();
    }
}

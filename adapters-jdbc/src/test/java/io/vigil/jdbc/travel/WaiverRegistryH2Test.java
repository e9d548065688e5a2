package io.vigil.jdbc.travel;

import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.travel.WaiverRegistryContract;
import io.vigil.travel.port.out.WaiverRegistry;

class WaiverRegistryH2Test extends WaiverRegistryContract {
    @Override
    protected WaiverRegistry store() {
        return TestDatabases.h2(JdbcTravelStores::new).waivers();
    }
}

package io.vigil.jdbc.travel;

import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.travel.WaiverRegistryContract;
import io.vigil.travel.port.out.WaiverRegistry;

class WaiverRegistryPostgresTest extends WaiverRegistryContract {
    @Override
    protected WaiverRegistry store() {
        return TestDatabases.postgres(JdbcTravelStores::new).waivers();
    }
}

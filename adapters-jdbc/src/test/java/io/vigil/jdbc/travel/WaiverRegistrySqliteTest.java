package io.vigil.jdbc.travel;

import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.travel.WaiverRegistryContract;
import io.vigil.travel.port.out.WaiverRegistry;

class WaiverRegistrySqliteTest extends WaiverRegistryContract {
    @Override
    protected WaiverRegistry store() {
        return TestDatabases.sqlite(JdbcTravelStores::new).waivers();
    }
}

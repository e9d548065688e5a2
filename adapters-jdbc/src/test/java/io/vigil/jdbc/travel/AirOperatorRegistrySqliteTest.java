package io.vigil.jdbc.travel;

import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.travel.AirOperatorRegistryContract;
import io.vigil.travel.port.out.AirOperatorRegistry;

class AirOperatorRegistrySqliteTest extends AirOperatorRegistryContract {
    @Override
    protected AirOperatorRegistry store() {
        return TestDatabases.sqlite(JdbcTravelStores::new).operators();
    }
}

package io.vigil.jdbc.travel;

import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.travel.ClearanceRegistryContract;
import io.vigil.travel.port.out.ClearanceRegistry;

class ClearanceRegistrySqliteTest extends ClearanceRegistryContract {
    @Override
    protected ClearanceRegistry store() {
        return TestDatabases.sqlite(JdbcTravelStores::new).clearances();
    }
}

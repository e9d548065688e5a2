package io.vigil.jdbc.travel;

import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.travel.TravelPolicyStoreContract;
import io.vigil.travel.port.out.TravelPolicyStore;

class TravelPolicyStorePostgresTest extends TravelPolicyStoreContract {
    @Override
    protected TravelPolicyStore store() {
        return TestDatabases.postgres(JdbcTravelStores::new).policies();
    }
}

package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.contract.risk.FacilityRegistryContract;

class FacilityRegistrySqliteTest extends FacilityRegistryContract {
    @Override
    protected FacilityRegistry store() {
        return TestDatabases.sqlite(JdbcRiskStores::new).facilities();
    }
}

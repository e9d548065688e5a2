package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.CrisisTeamStoreContract;

class CrisisTeamStoreH2Test extends CrisisTeamStoreContract {
    @Override
    protected CrisisTeamStore store() {
        return TestDatabases.h2(JdbcCrisisStores::new).teams();
    }
}

package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.CrisisTeamStoreContract;

class CrisisTeamStoreSqliteTest extends CrisisTeamStoreContract {
    @Override
    protected CrisisTeamStore store() {
        return TestDatabases.sqlite(JdbcCrisisStores::new).teams();
    }
}

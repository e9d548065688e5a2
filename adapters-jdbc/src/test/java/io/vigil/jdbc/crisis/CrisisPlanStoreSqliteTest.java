package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.CrisisPlanStoreContract;

class CrisisPlanStoreSqliteTest extends CrisisPlanStoreContract {
    @Override
    protected CrisisPlanStore store() {
        return TestDatabases.sqlite(JdbcCrisisStores::new).plans();
    }
}

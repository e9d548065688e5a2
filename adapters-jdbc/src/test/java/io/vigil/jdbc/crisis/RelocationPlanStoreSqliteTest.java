package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.RelocationPlanStoreContract;

class RelocationPlanStoreSqliteTest extends RelocationPlanStoreContract {
    @Override
    protected RelocationPlanStore store() {
        return TestDatabases.sqlite(JdbcCrisisStores::new).relocationPlans();
    }
}

package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.RelocationPlanStoreContract;

class RelocationPlanStoreH2Test extends RelocationPlanStoreContract {
    @Override
    protected RelocationPlanStore store() {
        return TestDatabases.h2(JdbcCrisisStores::new).relocationPlans();
    }
}

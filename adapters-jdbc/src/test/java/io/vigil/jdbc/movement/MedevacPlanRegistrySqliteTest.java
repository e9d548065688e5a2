package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.MedevacPlanRegistry;
import io.vigil.testkit.contract.movement.MedevacPlanRegistryContract;

class MedevacPlanRegistrySqliteTest extends MedevacPlanRegistryContract {
    @Override
    protected MedevacPlanRegistry store() {
        return TestDatabases.sqlite(JdbcMovementStores::new).medevacPlans();
    }
}

package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.MedevacPlanRegistry;
import io.vigil.testkit.contract.movement.MedevacPlanRegistryContract;

class MedevacPlanRegistryH2Test extends MedevacPlanRegistryContract {
    @Override
    protected MedevacPlanRegistry store() {
        return TestDatabases.h2(JdbcMovementStores::new).medevacPlans();
    }
}

package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.VisitRegistry;
import io.vigil.testkit.contract.movement.VisitRegistryContract;

class VisitRegistryH2Test extends VisitRegistryContract {
    @Override
    protected VisitRegistry store() {
        return TestDatabases.h2(JdbcMovementStores::new).visits();
    }
}

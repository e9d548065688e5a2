package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.VisitRegistry;
import io.vigil.testkit.contract.movement.VisitRegistryContract;

class VisitRegistryPostgresTest extends VisitRegistryContract {
    @Override
    protected VisitRegistry store() {
        return TestDatabases.postgres(JdbcMovementStores::new).visits();
    }
}

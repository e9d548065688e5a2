package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.MovementLog;
import io.vigil.testkit.contract.movement.MovementLogContract;

class MovementLogPostgresTest extends MovementLogContract {
    @Override
    protected MovementLog store() {
        return TestDatabases.postgres(JdbcMovementStores::new).movements();
    }
}

package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.MovementLog;
import io.vigil.testkit.contract.movement.MovementLogContract;

class MovementLogH2Test extends MovementLogContract {
    @Override
    protected MovementLog store() {
        return TestDatabases.h2(JdbcMovementStores::new).movements();
    }
}

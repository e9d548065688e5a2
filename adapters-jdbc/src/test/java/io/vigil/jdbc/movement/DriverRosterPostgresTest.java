package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.DriverRoster;
import io.vigil.testkit.contract.movement.DriverRosterContract;

class DriverRosterPostgresTest extends DriverRosterContract {
    @Override
    protected DriverRoster store() {
        return TestDatabases.postgres(JdbcMovementStores::new).drivers();
    }
}

package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.DriverRoster;
import io.vigil.testkit.contract.movement.DriverRosterContract;

class DriverRosterSqliteTest extends DriverRosterContract {
    @Override
    protected DriverRoster store() {
        return TestDatabases.sqlite(JdbcMovementStores::new).drivers();
    }
}

package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.DriverRoster;
import io.vigil.testkit.contract.movement.DriverRosterContract;

class DriverRosterH2Test extends DriverRosterContract {
    @Override
    protected DriverRoster store() {
        return TestDatabases.h2(JdbcMovementStores::new).drivers();
    }
}

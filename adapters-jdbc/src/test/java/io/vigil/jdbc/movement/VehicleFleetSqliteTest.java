package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.VehicleFleet;
import io.vigil.testkit.contract.movement.VehicleFleetContract;

class VehicleFleetSqliteTest extends VehicleFleetContract {
    @Override
    protected VehicleFleet store() {
        return TestDatabases.sqlite(JdbcMovementStores::new).vehicles();
    }
}

package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.VehicleFleet;
import io.vigil.testkit.contract.movement.VehicleFleetContract;

class VehicleFleetH2Test extends VehicleFleetContract {
    @Override
    protected VehicleFleet store() {
        return TestDatabases.h2(JdbcMovementStores::new).vehicles();
    }
}

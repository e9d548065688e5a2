package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.VehicleFleet;
import io.vigil.testkit.contract.movement.VehicleFleetContract;

class InMemoryVehicleFleetTest extends VehicleFleetContract {
    private static final InMemoryVehicleFleet STORE = new InMemoryVehicleFleet();

    @Override
    protected VehicleFleet store() {
        return STORE;
    }
}

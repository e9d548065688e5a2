package io.vigil.testkit.memory.movement;

import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.port.out.VehicleFleet;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link VehicleFleet} in memory. */
public final class InMemoryVehicleFleet extends InMemoryVersionedStore<VehicleId, Vehicle> implements VehicleFleet.Scanned {
    public InMemoryVehicleFleet() {
        super("vehicle");
    }
}

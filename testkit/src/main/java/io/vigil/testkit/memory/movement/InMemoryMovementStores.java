package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.MovementPorts;
import io.vigil.wiring.ContextStores;

/** The movement context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryMovementStores implements ContextStores<MovementPorts> {

    @Override
    public Class<MovementPorts> portsType() {
        return MovementPorts.class;
    }

    @Override
    public MovementPorts open() {
        return new MovementPorts(new InMemoryMovementLog(), new InMemoryVehicleFleet(), new InMemoryDriverRoster(),
                new InMemoryMovementSettingsStore(), new InMemoryRiverOptionRegistry(), new InMemoryMedevacPlanRegistry(),
                new InMemoryRoadIncidentLog(), new InMemoryVisitRegistry());
    }
}

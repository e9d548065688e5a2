package io.vigil.testkit.memory.movement;

import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.port.out.DriverRoster;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link DriverRoster} in memory. */
public final class InMemoryDriverRoster extends InMemoryVersionedStore<DriverId, Driver> implements DriverRoster.Scanned {
    public InMemoryDriverRoster() {
        super("driver");
    }
}

package io.vigil.testkit.memory.people;

import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link WardenZoneRegistry} in memory. */
public final class InMemoryWardenZoneRegistry extends InMemoryVersionedStore<WardenZoneId, WardenZone>
        implements WardenZoneRegistry.Scanned {
    public InMemoryWardenZoneRegistry() {
        super("warden-zone");
    }
}

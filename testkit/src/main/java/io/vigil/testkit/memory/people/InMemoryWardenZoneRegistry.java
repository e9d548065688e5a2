package io.vigil.testkit.memory.people;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.util.List;

/** {@link WardenZoneRegistry} in memory. */
public final class InMemoryWardenZoneRegistry extends InMemoryVersionedStore<WardenZoneId, WardenZone>
        implements WardenZoneRegistry {
    public InMemoryWardenZoneRegistry() {
        super("warden-zone");
    }

    @Override
    public List<WardenZone> list(OfficeId office) {
        return query.list(office, WardenZone.BY_ID);
    }
}

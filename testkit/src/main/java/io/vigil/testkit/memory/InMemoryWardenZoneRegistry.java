package io.vigil.testkit.memory;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.ZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;
import java.util.List;

/** {@link WardenZoneRegistry} in memory. */
public final class InMemoryWardenZoneRegistry extends InMemoryVersionedStore<ZoneId, WardenZone>
        implements WardenZoneRegistry {
    public InMemoryWardenZoneRegistry() {
        super("warden-zone");
    }

    @Override
    public List<WardenZone> list(OfficeId office) {
        return matching(office, z -> true).sorted(WardenZone.BY_ID).toList();
    }
}

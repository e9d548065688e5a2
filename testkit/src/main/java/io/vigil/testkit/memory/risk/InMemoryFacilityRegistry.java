package io.vigil.testkit.memory.risk;

import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link FacilityRegistry} in memory. */
public final class InMemoryFacilityRegistry extends InMemoryVersionedStore<FacilityId, Facility>
        implements FacilityRegistry.Scanned {
    public InMemoryFacilityRegistry() {
        super("facility");
    }
}

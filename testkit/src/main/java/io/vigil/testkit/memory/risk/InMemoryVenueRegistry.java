package io.vigil.testkit.memory.risk;

import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link VenueRegistry} in memory. */
public final class InMemoryVenueRegistry extends InMemoryVersionedStore<VenueId, VenueAssessment>
        implements VenueRegistry.Scanned {
    public InMemoryVenueRegistry() {
        super("venue");
    }
}

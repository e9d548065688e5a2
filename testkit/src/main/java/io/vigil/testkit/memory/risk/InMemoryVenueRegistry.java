package io.vigil.testkit.memory.risk;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.time.Instant;
import java.util.List;

/** {@link VenueRegistry} in memory. */
public final class InMemoryVenueRegistry extends InMemoryVersionedStore<VenueId, VenueAssessment>
        implements VenueRegistry {
    public InMemoryVenueRegistry() {
        super("venue");
    }

    @Override
    public Page<VenueAssessment> list(OfficeId office, PageRequest page) {
        return query.page(office, VenueRegistry.BY_NAME, page);
    }

    @Override
    public List<VenueAssessment> expired(OfficeId office, Instant at) {
        return query.list(office, v -> v.expiredAt(at), VenueRegistry.LAPSED_FIRST);
    }
}

package io.vigil.testkit.memory.risk;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.util.List;

/** {@link FacilityRegistry} in memory. */
public final class InMemoryFacilityRegistry extends InMemoryVersionedStore<FacilityId, Facility>
        implements FacilityRegistry {
    public InMemoryFacilityRegistry() {
        super("facility");
    }

    @Override
    public Page<Facility> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<Facility> all(OfficeId office) {
        return query.list(office, FacilityRegistry.BY_NAME);
    }
}

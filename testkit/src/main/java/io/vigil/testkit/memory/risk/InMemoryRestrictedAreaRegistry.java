package io.vigil.testkit.memory.risk;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.util.List;

/** {@link RestrictedAreaRegistry} in memory; an office has few areas, so candidates are a scan of boxes. */
public final class InMemoryRestrictedAreaRegistry extends InMemoryVersionedStore<RestrictedAreaId, RestrictedArea>
        implements RestrictedAreaRegistry {
    public InMemoryRestrictedAreaRegistry() {
        super("restricted-area");
    }

    @Override
    public Page<RestrictedArea> list(OfficeId office, PageRequest page) {
        return query.page(office, RestrictedAreaRegistry.BY_NAME, page);
    }

    @Override
    public List<RestrictedArea> candidates(OfficeId office, GeoBox box) {
        return query.list(office, a -> a.bounds().intersects(box), RestrictedAreaRegistry.BY_NAME);
    }
}

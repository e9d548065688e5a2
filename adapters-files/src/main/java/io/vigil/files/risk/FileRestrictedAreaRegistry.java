package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import java.util.List;

/** {@link RestrictedAreaRegistry} on JSON files. */
final class FileRestrictedAreaRegistry extends FileVersionedStore<RestrictedAreaId, RestrictedArea>
        implements RestrictedAreaRegistry {
    FileRestrictedAreaRegistry(JsonDirectory<RestrictedArea> files) {
        super(files, "restricted-area");
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

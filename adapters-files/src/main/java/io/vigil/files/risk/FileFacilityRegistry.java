package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.port.out.FacilityRegistry;
import java.util.List;

/** {@link FacilityRegistry} on JSON files. */
final class FileFacilityRegistry extends FileVersionedStore<FacilityId, Facility> implements FacilityRegistry {
    FileFacilityRegistry(JsonDirectory<Facility> files) {
        super(files, "facility");
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

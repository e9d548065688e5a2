package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.port.out.FacilityRegistry;

/** {@link FacilityRegistry} on JSON files. */
final class FileFacilityRegistry extends FileVersionedStore<FacilityId, Facility> implements FacilityRegistry.Scanned {
    FileFacilityRegistry(JsonDirectory<Facility> files) {
        super(files, "facility");
    }
}

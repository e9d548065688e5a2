package io.vigil.files.travel;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.port.out.ClearanceRegistry;

/** {@link ClearanceRegistry} on JSON files. */
final class FileClearanceRegistry extends FileVersionedStore<ClearanceId, Clearance> implements ClearanceRegistry.Scanned {
    FileClearanceRegistry(JsonDirectory<Clearance> files) {
        super(files, "clearance");
    }
}

package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.out.RestrictedAreaRegistry;

/** {@link RestrictedAreaRegistry} on JSON files. */
final class FileRestrictedAreaRegistry extends FileVersionedStore<RestrictedAreaId, RestrictedArea>
        implements RestrictedAreaRegistry.Scanned {
    FileRestrictedAreaRegistry(JsonDirectory<RestrictedArea> files) {
        super(files, "restricted-area");
    }
}

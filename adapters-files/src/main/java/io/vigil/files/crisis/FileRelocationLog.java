package io.vigil.files.crisis;

import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link RelocationLog} on JSON files. */
final class FileRelocationLog extends FileVersionedStore<RelocationId, Relocation> implements RelocationLog.Scanned {
    FileRelocationLog(JsonDirectory<Relocation> files) {
        super(files, "relocation");
    }
}

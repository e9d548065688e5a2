package io.vigil.files.guard;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.port.out.InspectionLog;

/** {@link InspectionLog} on JSON files. */
final class FileInspectionLog extends FileVersionedStore<InspectionId, Inspection> implements InspectionLog.Scanned {
    FileInspectionLog(JsonDirectory<Inspection> files) {
        super(files, "guard-inspection");
    }
}

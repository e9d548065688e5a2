package io.vigil.files.documents;

import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link DisseminationLog} on JSON files. */
final class FileDisseminationLog extends FileVersionedStore<DisseminationId, Dissemination>
        implements DisseminationLog.Scanned {
    FileDisseminationLog(JsonDirectory<Dissemination> files) {
        super(files, "dissemination");
    }
}

package io.vigil.files.guard;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.StandardsId;
import io.vigil.guard.port.out.LabourStandardsBook;

/** {@link LabourStandardsBook} on JSON files. */
final class FileLabourStandardsBook extends FileVersionedStore<StandardsId, LabourStandards> implements LabourStandardsBook.Scanned {
    FileLabourStandardsBook(JsonDirectory<LabourStandards> files) {
        super(files, "guard-standards");
    }
}

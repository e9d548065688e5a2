package io.vigil.files.alerting;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link AdvisoryBoard} on JSON files. */
final class FileAdvisoryBoard extends FileVersionedStore<AdvisoryId, Advisory> implements AdvisoryBoard.Scanned {

    FileAdvisoryBoard(JsonDirectory<Advisory> files) {
        super(files, "advisory");
    }
}

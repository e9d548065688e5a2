package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.port.out.VisitRegistry;

/** {@link VisitRegistry} on JSON files. */
final class FileVisitRegistry extends FileVersionedStore<VisitId, Visit> implements VisitRegistry.Scanned {
    FileVisitRegistry(JsonDirectory<Visit> files) {
        super(files, "visit");
    }
}

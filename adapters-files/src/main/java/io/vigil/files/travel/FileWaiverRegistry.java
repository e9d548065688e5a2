package io.vigil.files.travel;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;
import io.vigil.travel.port.out.WaiverRegistry;

/** {@link WaiverRegistry} on JSON files. */
final class FileWaiverRegistry extends FileVersionedStore<WaiverId, Waiver> implements WaiverRegistry.Scanned {
    FileWaiverRegistry(JsonDirectory<Waiver> files) {
        super(files, "waiver");
    }
}

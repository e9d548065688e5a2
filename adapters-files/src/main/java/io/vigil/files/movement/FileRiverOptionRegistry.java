package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.port.out.RiverOptionRegistry;

/** {@link RiverOptionRegistry} on JSON files. */
final class FileRiverOptionRegistry extends FileVersionedStore<RiverOptionId, RiverOption> implements RiverOptionRegistry.Scanned {
    FileRiverOptionRegistry(JsonDirectory<RiverOption> files) {
        super(files, "river-option");
    }
}

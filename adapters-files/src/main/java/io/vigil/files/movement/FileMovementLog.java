package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.port.out.MovementLog;

/** {@link MovementLog} on JSON files. */
final class FileMovementLog extends FileVersionedStore<MovementId, Movement> implements MovementLog.Scanned {
    FileMovementLog(JsonDirectory<Movement> files) {
        super(files, "movement");
    }
}

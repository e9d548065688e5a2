package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.port.out.MovementSettingsStore;

/** {@link MovementSettingsStore} on JSON files. */
final class FileMovementSettingsStore extends FileVersionedStore<OfficeId, MovementSettings> implements MovementSettingsStore {
    FileMovementSettingsStore(JsonDirectory<MovementSettings> files) {
        super(files, "movement-settings");
    }
}

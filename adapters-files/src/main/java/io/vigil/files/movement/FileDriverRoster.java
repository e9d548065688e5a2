package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.port.out.DriverRoster;

/** {@link DriverRoster} on JSON files. */
final class FileDriverRoster extends FileVersionedStore<DriverId, Driver> implements DriverRoster.Scanned {
    FileDriverRoster(JsonDirectory<Driver> files) {
        super(files, "driver");
    }
}

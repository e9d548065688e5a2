package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;

/** {@link WardenZoneRegistry} on JSON files. */
final class FileWardenZoneRegistry extends FileVersionedStore<WardenZoneId, WardenZone>
        implements WardenZoneRegistry.Scanned {
    FileWardenZoneRegistry(JsonDirectory<WardenZone> files) {
        super(files, "warden-zone");
    }
}

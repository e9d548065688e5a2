package io.vigil.files;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.ZoneId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.WardenZoneRegistry;
import java.util.List;

/** {@link WardenZoneRegistry} on JSON files. */
final class FileWardenZoneRegistry extends FileVersionedStore<ZoneId, WardenZone> implements WardenZoneRegistry {
    FileWardenZoneRegistry(JsonDirectory<WardenZone> files) {
        super(files, "warden-zone");
    }

    @Override
    public List<WardenZone> list(OfficeId office) {
        return matching(office, z -> true).sorted(WardenZone.BY_ID).toList();
    }
}

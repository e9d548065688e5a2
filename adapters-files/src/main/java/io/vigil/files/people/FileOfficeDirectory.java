package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.port.out.OfficeDirectory;

/** {@link OfficeDirectory} on JSON files. */
final class FileOfficeDirectory extends FileVersionedStore<OfficeId, OfficeProfile> implements OfficeDirectory.Scanned {
    FileOfficeDirectory(JsonDirectory<OfficeProfile> files) {
        super(files, "office");
    }
}

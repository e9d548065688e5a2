package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.out.ContactDirectory;

/** {@link ContactDirectory} on JSON files. */
final class FileContactDirectory extends FileVersionedStore<LiaisonContactId, LiaisonContact> implements ContactDirectory.Scanned {
    FileContactDirectory(JsonDirectory<LiaisonContact> files) {
        super(files, "contact");
    }
}

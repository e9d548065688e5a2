package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.port.out.ContactLog;

/** {@link ContactLog} on JSON files. */
final class FileContactLog extends FileVersionedStore<ContactEntryId, ContactEntry> implements ContactLog.Scanned {
    FileContactLog(JsonDirectory<ContactEntry> files) {
        super(files, "contact entry");
    }
}

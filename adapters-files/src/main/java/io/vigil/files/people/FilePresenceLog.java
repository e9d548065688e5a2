package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.port.out.PresenceLog;

/** {@link PresenceLog} on JSON files. */
final class FilePresenceLog extends FileVersionedStore<PresenceId, Presence> implements PresenceLog.Scanned {
    FilePresenceLog(JsonDirectory<Presence> files) {
        super(files, "presence");
    }
}

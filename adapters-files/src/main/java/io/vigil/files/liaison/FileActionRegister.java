package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.port.out.ActionRegister;

/** {@link ActionRegister} on JSON files. */
final class FileActionRegister extends FileVersionedStore<ActionItemId, ActionItem> implements ActionRegister.Scanned {
    FileActionRegister(JsonDirectory<ActionItem> files) {
        super(files, "action item");
    }
}

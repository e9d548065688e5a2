package io.vigil.files.guard;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.port.out.RosterBook;

/** {@link RosterBook} on JSON files. */
final class FileRosterBook extends FileVersionedStore<RosterId, Roster> implements RosterBook.Scanned {
    FileRosterBook(JsonDirectory<Roster> files) {
        super(files, "guard-roster");
    }
}

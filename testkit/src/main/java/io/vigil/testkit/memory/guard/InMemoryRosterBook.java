package io.vigil.testkit.memory.guard;

import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.port.out.RosterBook;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link RosterBook} in memory. */
public final class InMemoryRosterBook extends InMemoryVersionedStore<RosterId, Roster> implements RosterBook.Scanned {
    public InMemoryRosterBook() {
        super("guard-roster");
    }
}

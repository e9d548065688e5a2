package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.port.out.ContactLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link ContactLog} in memory. */
public final class InMemoryContactLog extends InMemoryVersionedStore<ContactEntryId, ContactEntry> implements ContactLog.Scanned {
    /** An empty store. */
    public InMemoryContactLog() {
        super("contact entry");
    }
}

package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.out.ContactDirectory;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link ContactDirectory} in memory. */
public final class InMemoryContactDirectory extends InMemoryVersionedStore<LiaisonContactId, LiaisonContact> implements ContactDirectory.Scanned {
    /** An empty store. */
    public InMemoryContactDirectory() {
        super("contact");
    }
}

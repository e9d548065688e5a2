package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link ActionRegister} in memory. */
public final class InMemoryActionRegister extends InMemoryVersionedStore<ActionItemId, ActionItem> implements ActionRegister.Scanned {
    /** An empty store. */
    public InMemoryActionRegister() {
        super("action item");
    }
}

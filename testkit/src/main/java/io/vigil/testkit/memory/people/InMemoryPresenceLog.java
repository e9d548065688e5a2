package io.vigil.testkit.memory.people;

import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link PresenceLog} in memory. */
public final class InMemoryPresenceLog extends InMemoryVersionedStore<PresenceId, Presence>
        implements PresenceLog.Scanned {
    public InMemoryPresenceLog() {
        super("presence");
    }
}

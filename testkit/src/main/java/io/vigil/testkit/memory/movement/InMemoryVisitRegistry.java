package io.vigil.testkit.memory.movement;

import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.port.out.VisitRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link VisitRegistry} in memory. */
public final class InMemoryVisitRegistry extends InMemoryVersionedStore<VisitId, Visit> implements VisitRegistry.Scanned {
    public InMemoryVisitRegistry() {
        super("visit");
    }
}

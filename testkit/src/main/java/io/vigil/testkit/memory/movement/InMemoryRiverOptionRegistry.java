package io.vigil.testkit.memory.movement;

import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.port.out.RiverOptionRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link RiverOptionRegistry} in memory. */
public final class InMemoryRiverOptionRegistry extends InMemoryVersionedStore<RiverOptionId, RiverOption> implements RiverOptionRegistry.Scanned {
    public InMemoryRiverOptionRegistry() {
        super("river-option");
    }
}

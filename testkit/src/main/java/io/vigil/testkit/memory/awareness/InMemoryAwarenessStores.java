package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.wiring.ContextStores;

/** The awareness context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryAwarenessStores implements ContextStores<AwarenessPorts> {

    @Override
    public Class<AwarenessPorts> portsType() {
        return AwarenessPorts.class;
    }

    @Override
    public AwarenessPorts open() {
        return new AwarenessPorts(new InMemoryCourseCatalogue(), new InMemoryCompletionLog(),
                new InMemoryBriefingLog(), new InMemoryAwarenessPolicyStore());
    }
}

package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.kernel.OfficeId;
import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link AwarenessPolicyStore} in memory. */
public final class InMemoryAwarenessPolicyStore extends InMemoryVersionedStore<OfficeId, AwarenessPolicy> implements AwarenessPolicyStore {
    public InMemoryAwarenessPolicyStore() {
        super("awareness-policy");
    }
}

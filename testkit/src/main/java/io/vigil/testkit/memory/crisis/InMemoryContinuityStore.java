package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link ContinuityStore} in memory. */
public final class InMemoryContinuityStore extends InMemoryVersionedStore<OfficeId, ContinuityInputs> implements ContinuityStore {
    public InMemoryContinuityStore() {
        super("continuity-inputs");
    }
}

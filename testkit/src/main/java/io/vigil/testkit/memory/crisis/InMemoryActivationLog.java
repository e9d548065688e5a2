package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link ActivationLog} in memory. */
public final class InMemoryActivationLog extends InMemoryVersionedStore<ActivationId, Activation> implements ActivationLog.Scanned {
    public InMemoryActivationLog() {
        super("activation");
    }
}

package io.vigil.testkit.memory.risk;

import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link PremisesProjectRegistry} in memory. */
public final class InMemoryPremisesProjectRegistry extends InMemoryVersionedStore<PremisesProjectId, PremisesProject>
        implements PremisesProjectRegistry.Scanned {
    /** An empty registry. */
    public InMemoryPremisesProjectRegistry() {
        super("premises-project");
    }
}

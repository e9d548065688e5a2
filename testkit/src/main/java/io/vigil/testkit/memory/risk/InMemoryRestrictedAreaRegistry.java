package io.vigil.testkit.memory.risk;

import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link RestrictedAreaRegistry} in memory; an office has few areas, so candidates are a scan of boxes. */
public final class InMemoryRestrictedAreaRegistry extends InMemoryVersionedStore<RestrictedAreaId, RestrictedArea>
        implements RestrictedAreaRegistry.Scanned {
    public InMemoryRestrictedAreaRegistry() {
        super("restricted-area");
    }
}

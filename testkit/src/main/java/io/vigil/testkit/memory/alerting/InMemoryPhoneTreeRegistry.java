package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link PhoneTreeRegistry} in memory. */
public final class InMemoryPhoneTreeRegistry extends InMemoryVersionedStore<TreeId, PhoneTree>
        implements PhoneTreeRegistry.Scanned {
    public InMemoryPhoneTreeRegistry() {
        super("phone-tree");
    }
}

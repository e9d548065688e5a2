package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.util.List;

/** {@link PhoneTreeRegistry} in memory. */
public final class InMemoryPhoneTreeRegistry extends InMemoryVersionedStore<TreeId, PhoneTree>
        implements PhoneTreeRegistry {
    public InMemoryPhoneTreeRegistry() {
        super("phone-tree");
    }

    @Override
    public List<PhoneTree> list(OfficeId office) {
        return query.list(office, PhoneTreeRegistry.BY_NAME);
    }
}

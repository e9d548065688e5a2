package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link CommunicationTestRegistry} in memory. */
public final class InMemoryCommunicationTestRegistry extends InMemoryVersionedStore<CommTestId, CommunicationTest>
        implements CommunicationTestRegistry {

    public InMemoryCommunicationTestRegistry() {
        super("communication-test");
    }

    @Override
    public Page<CommunicationTest> list(OfficeId office, PageRequest page) {
        return query.page(office, CommunicationTestRegistry.LATEST_FIRST, page);
    }
}

package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link CommunicationTestRegistry} in memory. */
public final class InMemoryCommunicationTestRegistry extends InMemoryVersionedStore<CommTestId, CommunicationTest>
        implements CommunicationTestRegistry.Scanned {

    public InMemoryCommunicationTestRegistry() {
        super("communication-test");
    }
}

package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.GuardPorts;
import io.vigil.wiring.ContextStores;

/** The guard-force context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryGuardStores implements ContextStores<GuardPorts> {

    @Override
    public Class<GuardPorts> portsType() {
        return GuardPorts.class;
    }

    @Override
    public GuardPorts open() {
        return new GuardPorts(new InMemoryGuardContractRegistry(), new InMemoryRosterBook(), new InMemoryInvoiceLedger(),
                new InMemoryPerformanceLog(), new InMemoryInspectionLog(), new InMemoryLabourStandardsBook(),
                new InMemoryPerformanceReviewBook());
    }
}

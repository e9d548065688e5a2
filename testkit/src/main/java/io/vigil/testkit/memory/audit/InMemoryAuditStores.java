package io.vigil.testkit.memory.audit;

import io.vigil.kernel.audit.AuditLog;
import io.vigil.wiring.ContextStores;

/** The audit log in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryAuditStores implements ContextStores<AuditLog> {

    @Override
    public Class<AuditLog> portsType() {
        return AuditLog.class;
    }

    @Override
    public AuditLog open() {
        return new InMemoryAuditLog();
    }
}

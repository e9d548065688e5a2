package io.vigil.testkit.memory.audit;

import io.vigil.kernel.audit.AuditLog;
import io.vigil.testkit.contract.audit.AuditLogContract;

class InMemoryAuditLogTest extends AuditLogContract {
    private static final InMemoryAuditLog LOG = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return LOG;
    }
}

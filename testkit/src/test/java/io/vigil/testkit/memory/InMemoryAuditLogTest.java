package io.vigil.testkit.memory;

import io.vigil.kernel.audit.AuditLog;
import io.vigil.testkit.contract.AuditLogContract;

class InMemoryAuditLogTest extends AuditLogContract {
    private static final InMemoryAuditLog LOG = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return LOG;
    }
}

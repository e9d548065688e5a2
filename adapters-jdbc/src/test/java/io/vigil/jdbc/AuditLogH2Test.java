package io.vigil.jdbc;

import io.vigil.kernel.audit.AuditLog;
import io.vigil.testkit.contract.AuditLogContract;

class AuditLogH2Test extends AuditLogContract {
    @Override
    protected AuditLog log() {
        return TestDatabases.h2().audit();
    }
}

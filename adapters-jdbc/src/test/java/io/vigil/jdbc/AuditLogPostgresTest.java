package io.vigil.jdbc;

import io.vigil.kernel.audit.AuditLog;
import io.vigil.testkit.contract.AuditLogContract;

class AuditLogPostgresTest extends AuditLogContract {
    @Override
    protected AuditLog log() {
        return TestDatabases.postgres().audit();
    }
}

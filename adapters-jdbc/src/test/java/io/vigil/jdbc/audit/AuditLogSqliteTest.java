package io.vigil.jdbc.audit;

import io.vigil.jdbc.TestDatabases;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.testkit.contract.audit.AuditLogContract;

class AuditLogSqliteTest extends AuditLogContract {
    @Override
    protected AuditLog log() {
        return TestDatabases.sqlite(JdbcAuditStores::new);
    }
}

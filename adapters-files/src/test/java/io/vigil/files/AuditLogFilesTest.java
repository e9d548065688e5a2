package io.vigil.files;

import io.vigil.kernel.audit.AuditLog;
import io.vigil.testkit.contract.AuditLogContract;

class AuditLogFilesTest extends AuditLogContract {
    @Override
    protected AuditLog log() {
        return FileStoresFixture.STORES.audit();
    }
}

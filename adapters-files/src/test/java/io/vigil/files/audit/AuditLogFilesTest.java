package io.vigil.files.audit;

import io.vigil.files.FileStoresFixture;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.testkit.contract.audit.AuditLogContract;

class AuditLogFilesTest extends AuditLogContract {
    @Override
    protected AuditLog log() {
        return FileStoresFixture.stores(FileAuditStores::new);
    }
}

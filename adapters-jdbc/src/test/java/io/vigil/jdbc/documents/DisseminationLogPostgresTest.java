package io.vigil.jdbc.documents;

import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.documents.DisseminationLogContract;

class DisseminationLogPostgresTest extends DisseminationLogContract {
    @Override
    protected DisseminationLog store() {
        return TestDatabases.postgres(JdbcDocumentsStores::new).disseminations();
    }
}

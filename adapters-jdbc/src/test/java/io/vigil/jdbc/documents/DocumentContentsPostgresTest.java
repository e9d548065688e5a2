package io.vigil.jdbc.documents;

import io.vigil.documents.port.out.DocumentContents;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.documents.DocumentContentsContract;

class DocumentContentsPostgresTest extends DocumentContentsContract {
    @Override
    protected DocumentContents store() {
        return TestDatabases.postgres(JdbcDocumentsStores::new).contents();
    }
}

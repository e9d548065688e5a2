package io.vigil.jdbc.documents;

import io.vigil.documents.port.out.DocumentContents;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.documents.DocumentContentsContract;

class DocumentContentsSqliteTest extends DocumentContentsContract {
    @Override
    protected DocumentContents store() {
        return TestDatabases.sqlite(JdbcDocumentsStores::new).contents();
    }
}

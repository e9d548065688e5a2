package io.vigil.jdbc.documents;

import io.vigil.documents.port.out.DocumentContents;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.documents.DocumentContentsContract;

class DocumentContentsH2Test extends DocumentContentsContract {
    @Override
    protected DocumentContents store() {
        return TestDatabases.h2(JdbcDocumentsStores::new).contents();
    }
}

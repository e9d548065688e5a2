package io.vigil.jdbc.documents;

import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.documents.DocumentLibraryContract;

class DocumentLibraryPostgresTest extends DocumentLibraryContract {
    @Override
    protected DocumentLibrary store() {
        return TestDatabases.postgres(JdbcDocumentsStores::new).documents();
    }
}

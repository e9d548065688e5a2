package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.ContactLog;
import io.vigil.testkit.contract.liaison.ContactLogContract;

class ContactLogPostgresTest extends ContactLogContract {
    @Override
    protected ContactLog store() {
        return TestDatabases.postgres(JdbcLiaisonStores::new).contactLog();
    }
}

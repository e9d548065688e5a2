package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.ContactLog;
import io.vigil.testkit.contract.liaison.ContactLogContract;

class ContactLogH2Test extends ContactLogContract {
    @Override
    protected ContactLog store() {
        return TestDatabases.h2(JdbcLiaisonStores::new).contactLog();
    }
}

package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.ContactDirectory;
import io.vigil.testkit.contract.liaison.ContactDirectoryContract;

class ContactDirectoryH2Test extends ContactDirectoryContract {
    @Override
    protected ContactDirectory store() {
        return TestDatabases.h2(JdbcLiaisonStores::new).contacts();
    }
}

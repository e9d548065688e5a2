package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.OfficeDirectory;
import io.vigil.testkit.contract.people.OfficeDirectoryContract;

class OfficeDirectoryH2Test extends OfficeDirectoryContract {
    @Override
    protected OfficeDirectory store() {
        return TestDatabases.h2(JdbcPeopleStores::new).offices();
    }
}

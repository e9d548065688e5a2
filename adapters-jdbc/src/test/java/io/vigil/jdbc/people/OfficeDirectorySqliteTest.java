package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.OfficeDirectory;
import io.vigil.testkit.contract.people.OfficeDirectoryContract;

class OfficeDirectorySqliteTest extends OfficeDirectoryContract {
    @Override
    protected OfficeDirectory store() {
        return TestDatabases.sqlite(JdbcPeopleStores::new).offices();
    }
}

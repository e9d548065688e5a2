package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.people.PersonDirectoryContract;

class PersonDirectorySqliteTest extends PersonDirectoryContract {
    @Override
    protected PersonDirectory store() {
        return TestDatabases.sqlite(JdbcPeopleStores::new).persons();
    }
}

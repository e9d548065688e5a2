package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.people.PersonDirectoryContract;

class PersonDirectoryH2Test extends PersonDirectoryContract {
    @Override
    protected PersonDirectory store() {
        return TestDatabases.h2(JdbcPeopleStores::new).persons();
    }
}

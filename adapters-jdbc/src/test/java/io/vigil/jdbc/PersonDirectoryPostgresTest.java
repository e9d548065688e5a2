package io.vigil.jdbc;

import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.PersonDirectoryContract;

class PersonDirectoryPostgresTest extends PersonDirectoryContract {
    @Override
    protected PersonDirectory store() {
        return TestDatabases.postgres().persons();
    }
}

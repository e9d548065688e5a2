package io.vigil.jdbc;

import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.PersonDirectoryContract;

class PersonDirectoryH2Test extends PersonDirectoryContract {
    @Override
    protected PersonDirectory store() {
        return TestDatabases.h2().persons();
    }
}

package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.RelocationLogContract;

class RelocationLogPostgresTest extends RelocationLogContract {
    @Override
    protected RelocationLog store() {
        return TestDatabases.postgres(JdbcCrisisStores::new).relocations();
    }
}

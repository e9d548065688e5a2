package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.RelocationLogContract;

class RelocationLogSqliteTest extends RelocationLogContract {
    @Override
    protected RelocationLog store() {
        return TestDatabases.sqlite(JdbcCrisisStores::new).relocations();
    }
}

package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.PerformanceLogContract;

class PerformanceLogPostgresTest extends PerformanceLogContract {
    @Override
    protected PerformanceLog store() {
        return TestDatabases.postgres(JdbcGuardStores::new).issues();
    }
}

package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.PerformanceLogContract;

class PerformanceLogH2Test extends PerformanceLogContract {
    @Override
    protected PerformanceLog store() {
        return TestDatabases.h2(JdbcGuardStores::new).issues();
    }
}

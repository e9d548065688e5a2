package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.InspectionLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.InspectionLogContract;

class InspectionLogSqliteTest extends InspectionLogContract {
    @Override
    protected InspectionLog store() {
        return TestDatabases.sqlite(JdbcGuardStores::new).inspections();
    }
}

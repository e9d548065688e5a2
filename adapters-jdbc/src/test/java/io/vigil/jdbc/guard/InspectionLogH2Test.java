package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.InspectionLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.InspectionLogContract;

class InspectionLogH2Test extends InspectionLogContract {
    @Override
    protected InspectionLog store() {
        return TestDatabases.h2(JdbcGuardStores::new).inspections();
    }
}

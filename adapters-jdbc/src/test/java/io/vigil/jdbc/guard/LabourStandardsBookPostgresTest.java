package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.LabourStandardsBookContract;

class LabourStandardsBookPostgresTest extends LabourStandardsBookContract {
    @Override
    protected LabourStandardsBook store() {
        return TestDatabases.postgres(JdbcGuardStores::new).standards();
    }
}

package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.LabourStandardsBookContract;

class LabourStandardsBookSqliteTest extends LabourStandardsBookContract {
    @Override
    protected LabourStandardsBook store() {
        return TestDatabases.sqlite(JdbcGuardStores::new).standards();
    }
}

package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.RosterBook;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.RosterBookContract;

class RosterBookSqliteTest extends RosterBookContract {
    @Override
    protected RosterBook store() {
        return TestDatabases.sqlite(JdbcGuardStores::new).rosters();
    }
}

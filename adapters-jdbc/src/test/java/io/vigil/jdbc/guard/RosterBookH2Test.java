package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.RosterBook;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.RosterBookContract;

class RosterBookH2Test extends RosterBookContract {
    @Override
    protected RosterBook store() {
        return TestDatabases.h2(JdbcGuardStores::new).rosters();
    }
}

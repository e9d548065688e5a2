package io.vigil.jdbc.awareness;

import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.awareness.BriefingLogContract;

class BriefingLogSqliteTest extends BriefingLogContract {
    @Override
    protected BriefingLog store() {
        return TestDatabases.sqlite(JdbcAwarenessStores::new).briefings();
    }
}

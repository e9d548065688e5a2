package io.vigil.jdbc.people;

import io.vigil.jdbc.TestDatabases;
import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.contract.people.PositionLogContract;

class PositionLogSqliteTest extends PositionLogContract {
    @Override
    protected PositionLog log() {
        return TestDatabases.sqlite(JdbcPeopleStores::new).positions();
    }
}

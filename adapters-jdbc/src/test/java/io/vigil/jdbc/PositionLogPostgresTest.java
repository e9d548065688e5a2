package io.vigil.jdbc;

import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.contract.PositionLogContract;

class PositionLogPostgresTest extends PositionLogContract {
    @Override
    protected PositionLog log() {
        return TestDatabases.postgres().positions();
    }
}

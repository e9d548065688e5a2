package io.vigil.jdbc;

import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.contract.PositionLogContract;

class PositionLogH2Test extends PositionLogContract {
    @Override
    protected PositionLog log() {
        return TestDatabases.h2().positions();
    }
}

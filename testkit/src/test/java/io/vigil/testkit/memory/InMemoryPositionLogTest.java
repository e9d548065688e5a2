package io.vigil.testkit.memory;

import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.contract.PositionLogContract;

class InMemoryPositionLogTest extends PositionLogContract {
    private final InMemoryPositionLog log = new InMemoryPositionLog();

    @Override
    protected PositionLog log() {
        return log;
    }
}

package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.contract.people.PositionLogContract;

class InMemoryPositionLogTest extends PositionLogContract {
    private final InMemoryPositionLog log = new InMemoryPositionLog();

    @Override
    protected PositionLog log() {
        return log;
    }
}

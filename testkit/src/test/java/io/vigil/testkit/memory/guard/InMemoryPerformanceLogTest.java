package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.testkit.contract.guard.PerformanceLogContract;

class InMemoryPerformanceLogTest extends PerformanceLogContract {
    private static final InMemoryPerformanceLog STORE = new InMemoryPerformanceLog();

    @Override
    protected PerformanceLog store() {
        return STORE;
    }
}

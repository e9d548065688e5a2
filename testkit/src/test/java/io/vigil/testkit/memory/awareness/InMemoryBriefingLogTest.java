package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.testkit.contract.awareness.BriefingLogContract;

class InMemoryBriefingLogTest extends BriefingLogContract {
    private static final InMemoryBriefingLog STORE = new InMemoryBriefingLog();

    @Override
    protected BriefingLog store() {
        return STORE;
    }
}

package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.testkit.contract.awareness.CompletionLogContract;

class InMemoryCompletionLogTest extends CompletionLogContract {
    private static final InMemoryCompletionLog STORE = new InMemoryCompletionLog();

    @Override
    protected CompletionLog store() {
        return STORE;
    }
}

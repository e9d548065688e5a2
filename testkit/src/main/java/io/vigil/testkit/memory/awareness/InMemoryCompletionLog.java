package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link CompletionLog} in memory. */
public final class InMemoryCompletionLog extends InMemoryVersionedStore<CompletionId, Completion> implements CompletionLog.Scanned {
    public InMemoryCompletionLog() {
        super("completion");
    }
}

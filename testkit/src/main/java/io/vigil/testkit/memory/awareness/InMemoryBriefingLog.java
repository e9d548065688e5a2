package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link BriefingLog} in memory. */
public final class InMemoryBriefingLog extends InMemoryVersionedStore<BriefingId, Briefing> implements BriefingLog.Scanned {
    public InMemoryBriefingLog() {
        super("briefing");
    }
}

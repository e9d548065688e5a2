package io.vigil.testkit.memory.documents;

import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link DisseminationLog} in memory. */
public final class InMemoryDisseminationLog extends InMemoryVersionedStore<DisseminationId, Dissemination>
        implements DisseminationLog.Scanned {
    /** An empty log. */
    public InMemoryDisseminationLog() {
        super("dissemination");
    }
}

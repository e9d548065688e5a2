package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link AdvisoryBoard} in memory. */
public final class InMemoryAdvisoryBoard extends InMemoryVersionedStore<AdvisoryId, Advisory>
        implements AdvisoryBoard.Scanned {

    public InMemoryAdvisoryBoard() {
        super("advisory");
    }
}

package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.time.Instant;
import java.util.List;

/** {@link AdvisoryBoard} in memory. */
public final class InMemoryAdvisoryBoard extends InMemoryVersionedStore<AdvisoryId, Advisory> implements AdvisoryBoard {

    public InMemoryAdvisoryBoard() {
        super("advisory");
    }

    @Override
    public Page<Advisory> list(OfficeId office, PageRequest page) {
        return query.page(office, AdvisoryBoard.LATEST_FIRST, page);
    }

    @Override
    public List<Advisory> active(OfficeId office, Instant at) {
        return query.list(office, a -> a.activeAt(at), AdvisoryBoard.LATEST_FIRST);
    }
}

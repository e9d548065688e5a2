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
        return Page.of(matching(office, a -> true).sorted(AdvisoryBoard.LATEST_FIRST).toList(), page);
    }

    @Override
    public List<Advisory> active(OfficeId office, Instant at) {
        return matching(office, a -> a.activeAt(at)).sorted(AdvisoryBoard.LATEST_FIRST).toList();
    }
}

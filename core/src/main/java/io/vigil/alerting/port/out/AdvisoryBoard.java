package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's security advisories. */
public interface AdvisoryBoard extends VersionedStore<AdvisoryId, Advisory> {
    /** The order of {@link #list} and {@link #active}: latest {@code validFrom} first, ties by id. */
    Comparator<Advisory> LATEST_FIRST = Comparator.comparing(Advisory::validFrom).reversed()
            .thenComparing(a -> a.id().toString());

    /** Every advisory of the office, current or not. */
    Page<Advisory> list(OfficeId office, PageRequest page);

    /** The office's advisories in force at {@code at}. */
    List<Advisory> active(OfficeId office, Instant at);
}

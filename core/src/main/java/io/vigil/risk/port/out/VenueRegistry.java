package io.vigil.risk.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import java.time.Instant;
import java.util.List;

/** Outbound port: the office's venue assessments. */
public interface VenueRegistry extends VersionedStore<VenueId, VenueAssessment> {

    /** The office's venues by name (ties by id). */
    Page<VenueAssessment> list(OfficeId office, PageRequest page);

    /** The office's venues whose assessment has lapsed at {@code at}, longest lapsed first (ties by id). */
    List<VenueAssessment> expired(OfficeId office, Instant at);
}

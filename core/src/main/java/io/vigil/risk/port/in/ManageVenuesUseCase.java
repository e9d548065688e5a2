package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import java.time.Instant;
import java.util.List;

/** Assess hotels, restaurants, government offices and event sites, and find the lapsed assessments. */
public interface ManageVenuesUseCase extends RecordsUseCase<VenueId, VenueDetails, VenueAssessment> {
    VenueAssessment create(Actor actor, VenueDetails details);

    VenueAssessment update(Actor actor, VenueId id, long expectedVersion, VenueDetails details);

    void remove(Actor actor, VenueId id, long expectedVersion);

    VenueAssessment get(Actor actor, VenueId id);

    /** The office's venues by name. */
    Page<VenueAssessment> list(Actor actor, PageRequest page);

    /** The venues whose assessment has lapsed at {@code at}. */
    List<VenueAssessment> expired(Actor actor, Instant at);
}

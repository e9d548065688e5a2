package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.DueCheck;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.ResidenceSurvey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Facilities, their security systems and equipment, and residential security surveys. A staff
 * residence is residence data: reading it needs residence access as well, and is audited.
 */
public interface ManageFacilitiesUseCase extends RecordsUseCase<FacilityId, FacilityDetails, Facility> {
    Facility create(Actor actor, FacilityDetails details);

    /** Replaces a facility's details (its surveys are kept) at the expected version. */
    Facility update(Actor actor, FacilityId id, long expectedVersion, FacilityDetails details);

    void remove(Actor actor, FacilityId id, long expectedVersion);

    Facility get(Actor actor, FacilityId id);

    /** The office's facilities by name; residences only for actors who may read residence data. */
    Page<Facility> list(Actor actor, PageRequest page);

    /** Records a maintenance visit or test of one asset. */
    Facility recordCheck(Actor actor, FacilityId id, long expectedVersion, String assetTag, CheckResult result);

    /** Records a residential security survey of a RESIDENCE. */
    Facility recordSurvey(Actor actor, FacilityId id, long expectedVersion, ResidenceSurvey survey);

    /** Maintenance and tests due by {@code at + horizon} across the office, overdue ones flagged, earliest first. */
    List<DueCheck> dueChecks(Actor actor, Instant at, Duration horizon);

    /** Residences whose latest survey fails a point, or that were never surveyed. */
    List<Facility> nonCompliantResidences(Actor actor);
}

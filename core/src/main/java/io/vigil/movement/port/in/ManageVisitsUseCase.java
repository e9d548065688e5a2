package io.vigil.movement.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.movement.domain.Readiness;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import java.util.UUID;

/**
 * Protective operations: visits of senior officials, conferences, field visits and retreats, with
 * their programme at assessed venues, advance site assessment, protective measures, requests for
 * security support and the members' clearance requests; and their readiness, every blocker named.
 * A visit is about its members: security staff read and write every one, a member reads their own,
 * managers see only {@link #summaries}; every read and refusal is audited with the members named.
 */
public interface ManageVisitsUseCase extends RecordsUseCase<VisitId, VisitDetails, Visit> {
    /** Records (or replaces) the visit's advance site assessment, by the actor now. */
    Visit assessSite(Actor actor, VisitId id, long expectedVersion, SiteAssessmentDetails details);

    /** Adds a request for security support (at most 20 per visit). */
    Visit requestSupport(Actor actor, VisitId id, long expectedVersion, SupportRequestDetails details);

    /** Records the answer to a support request, confirmed or declined (refused once answered). */
    Visit answerSupport(Actor actor, VisitId id, UUID request, long expectedVersion, SupportAnswerDetails details);

    /**
     * Submits one travel clearance request per member who has none yet, through the travel context,
     * its trip the road legs between the programme's venues in order; refused when the programme has
     * fewer than two items at assessed venues.
     */
    Visit requestClearances(Actor actor, VisitId id, long expectedVersion, MemberClearancesDetails details);

    /** The visit's readiness now: every blocker in order, with the notes. */
    Readiness readiness(Actor actor, VisitId id);

    /** The office's visits as counts and readiness, latest start first (managers and security staff). */
    Page<VisitSummary> summaries(Actor actor, PageRequest page);
}

package io.vigil.travel.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import java.time.Instant;

/**
 * Travel clearances: submitted and decided by the rules at once, read by their travellers and by
 * security staff (managers see counts only), decided by a security officer who is not a traveller,
 * and re-decided while the trip has not ended. Every read is audited with the travellers it names.
 */
public interface ClearancesUseCase {
    /** Submits a request; the rules decide it at once. */
    Clearance submit(Actor actor, ClearanceDetails details);

    /** One clearance. */
    Clearance get(Actor actor, ClearanceId id);

    /** The clearances the actor may read, latest first: a traveller's own, every one for security staff. */
    Page<Clearance> list(Actor actor, PageRequest page);

    /** How many clearances were submitted in the period, by status: names nobody. */
    ClearanceCounts counts(Actor actor, Instant from, Instant to);

    /**
     * A security officer's decision: approve (an open request, or an override of a denial), deny, or
     * escalate a request needing approval above the officer. Refused to a traveller on the request.
     */
    Clearance decide(Actor actor, ClearanceId id, long expectedVersion, DecisionDetails details);

    /**
     * Decides again every clearance of the office whose trip has not ended at {@code at}, from the
     * inputs as they are now; a cleared trip the rules now deny is revoked, and its travellers and
     * the security officer are told. Run by the host's schedule, and on the events of risk and awareness;
     * {@code trigger} (cut to 150 characters; blank: "scheduled") is recorded with each changed decision.
     */
    RedecideResult redecide(Actor actor, Instant at, String trigger);
}

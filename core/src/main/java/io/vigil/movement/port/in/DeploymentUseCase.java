package io.vigil.movement.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Deployment numbers ("monitor and report deployment numbers during emergencies"): who of the office
 * is present in, or travelling through, each warden zone at an instant. Present comes from the people
 * context's locator (residences while in the country, mission itineraries, hotel stays, reported
 * positions); travelling from the movements under way then whose route enters the zone. Readers of the
 * office's movements (security officer and associate, SOC) see the persons named, each read audited
 * naming them (the locator's audit for the present, a read of movement plans for the travelling);
 * managers see counts only, audited about nobody; anyone else is refused.
 */
public interface DeploymentUseCase {
    /** The numbers per zone of the actor's office at {@code at}, in zone id order. */
    Deployment deployment(Actor actor, Instant at);

    /**
     * How many movements are overdue at the instant (departed, not arrived, past the deadline of their
     * last call-in) in each office asked (at most {@value io.vigil.kernel.OfficeSelection#MAX}, each
     * once), ordered by office id, an office with none counting zero: one read for all the offices (the
     * SOC's overview). Counts name nobody: every reader of deployment numbers may have them for the
     * offices they read (the SOC every office, managers and the security roles their own); a refusal
     * names the first office refused. Not audited, as no read of counts is.
     */
    Map<OfficeId, Integer> overdueMovements(Actor actor, Collection<OfficeId> offices, Instant at);
}

package io.vigil.movement.port.in;

import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;

/**
 * High-risk movement plans and their logs. Creating or changing a plan checks the office's convoy
 * rules and that every vehicle and driver is fit through the arrival day, refusing (409) with every
 * broken rule named, and checks its route against the restricted areas at the time of passage
 * (refusing a forbidden area or a departure or arrival outside daylight in a daylight-only one; an
 * area needing clearance, or an escort the plan does not declare, makes the plan need a security
 * officer's {@link #approve approval}). A movement under way calls in on its schedule; a missed call-in makes it
 * overdue, and the escalation sweep ({@link #escalateAll}, which a host calls on a schedule) tells
 * the officer on call at once and the crisis team leader after the office's delay; a late call-in
 * closes the episode, and the log keeps both. Plans are about their passengers and convoy leader:
 * need-to-know, audited with them.
 */
public interface ManageMovementsUseCase extends RecordsUseCase<MovementId, MovementDetails, Movement> {
    /**
     * The security officer's approval of a plan whose route needs it, decided again at once; refused
     * when the route is now denied or needs no approval, or when the officer travels on the plan.
     */
    Movement approve(Actor actor, MovementId id, long expectedVersion, PlanApprovalDetails details);

    /** Records a call-in (closing an overdue episode); refused after the arrival or before the departure. */
    Movement callIn(Actor actor, MovementId id, CallInDetails details);

    /** Records the arrival, which ends tracking (and closes an overdue episode). */
    Movement arrive(Actor actor, MovementId id, ArrivalDetails details);

    /** Opens the episode of an overdue movement and sends the escalations due now for it. */
    EscalationReport escalate(Actor actor, MovementId id);

    /** The sweep: {@link #escalate} for every tracked movement of the actor's office. */
    EscalationReport escalateAll(Actor actor);
}

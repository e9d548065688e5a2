package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.kernel.access.Actor;

/**
 * Roll-calls after an incident. The affected set is whoever the personnel locator finds in the
 * incident's area (residence, itinerary, hotel, last reported position); each is asked "are you
 * safe?" on the chosen channels. Answers come in as for any communication test
 * ({@link CommunicationTestsUseCase#checkIn}), by any channel: a person's first answer, then each
 * change of answer (a "needs help" after "safe" is never lost, and makes them needing help). Silence escalates
 * by the clock: {@link #escalate} (or {@link #escalateAll}, which a host calls on a schedule) tells
 * each zone's warden who is still silent once the warden's delay has passed, and the officer on
 * call once the officer's delay has passed; a "needs help" answer, first or after "safe", goes to
 * the officer at once, and so does a "safe" after "needs help" (recorded; the officer decides).
 * Every escalation message has a stable id, so sweeping again never sends it twice.
 */
public interface RollCallsUseCase {
    /** Locates the affected persons, records the roll-call and asks everyone reachable. */
    CommunicationTest start(Actor actor, RollCallDetails details);

    /**
     * The roll-call as it stands now. Each affected person's reason (here and in the incident of
     * {@link RollCallStatus#rollCall}) names the place ("residence: lives at …", "hotel stay: staying
     * at …") only when the reader may read that person's residence or movements, and is the kind of
     * reason alone ("residence", "hotel stay", "last known position") otherwise. Audited as a read of
     * accountability naming every affected person, and of residences and movements naming those whose
     * places it showed.
     */
    RollCallStatus status(Actor actor, CommTestId id);

    /** Sends the escalations that are due for one roll-call. */
    EscalationReport escalate(Actor actor, CommTestId id);

    /** Sends the escalations that are due for every open roll-call of the actor's office. */
    EscalationReport escalateAll(Actor actor);
}

package io.vigil.alerting.port.in;

import io.vigil.kernel.access.Actor;

/**
 * Escalates another context's tracked silence (a movement's missed call-in) with the roll-call's
 * escalation plan, through the outbox: the silent persons are named with their phones, each notice
 * goes in pages that fit an SMS, and every message has an id made from the silence's key, so a
 * sweep run again sends nothing twice. Audited as an update of accountability data.
 */
public interface EscalateSilenceUseCase {
    /** Sends this step's notices now; the report names what could not be done (nobody on call). */
    EscalationReport escalate(Actor actor, SilenceDetails silence);
}

package io.vigil.incident.port.out;

import io.vigil.incident.domain.ChainMember;
import io.vigil.kernel.OfficeId;

/**
 * Outbound port: tells a member of the reporting chain, through the message gateway Vigil sends
 * on (the host's outbox). The wiring implements it over the alerting context's gateway.
 */
public interface ChainMessenger {
    /** Queues the message for the member unless a message of that id was queued already. */
    void send(OfficeId office, String messageId, ChainMember member, String text);
}

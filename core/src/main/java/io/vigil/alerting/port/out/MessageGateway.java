package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.kernel.OfficeId;
import java.util.List;

/**
 * Outbound port: a channel to people (e-mail, SMS through a provider, a file outbox). Sending is
 * idempotent by message id: a message whose id was already sent is not sent again, so a broadcast
 * interrupted by a crash is resumed by sending it all again.
 */
public interface MessageGateway {
    /** Sends the message unless its id was sent before; returns whether it was sent now. */
    boolean send(OutboundMessage message);

    /** The messages sent for the office, in the order they were first sent. */
    List<OutboundMessage> sent(OfficeId office);
}

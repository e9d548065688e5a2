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

    /**
     * The messages sent for the office to an address, in the order they were first sent; phone
     * numbers match whatever their spacing or punctuation ({@code +52 55 1234 5678} is
     * {@code +525512345678}). Adapters with an index should override this scan.
     */
    default List<OutboundMessage> sentTo(OfficeId office, String address) {
        String wanted = OutboundMessage.normalise(address);
        return sent(office).stream().filter(m -> OutboundMessage.normalise(m.address()).equals(wanted)).toList();
    }

    /** Whether a message with this id was sent for the office; adapters should override this scan. */
    default boolean wasSent(OfficeId office, String id) {
        return sent(office).stream().anyMatch(m -> m.id().equals(id));
    }
}

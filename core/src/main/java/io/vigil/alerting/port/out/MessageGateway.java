package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.kernel.OfficeId;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port: the outbox (delivery log) of the messages Vigil sends. A use case only records
 * messages here ({@link #send}, {@link #sendAll}) and returns; a dispatcher (such as
 * {@code io.vigil.messaging.Dispatcher}) delivers them in the background: it {@link #claim claims}
 * due messages under a lease, hands each to its channel's transport and {@link #record records} the
 * attempt's outcome ({@link DeliveryState}). Recording is idempotent by message id: a message whose
 * id is in the outbox is not recorded again, so a broadcast interrupted by a crash is resumed by
 * recording it all again, and several instances sharing one outbox send each id once.
 *
 * <p>A claim is a lease: a message claimed by one owner is not claimed by another until the lease
 * runs out (the owner crashed) or the owner records an outcome. Adapters: in memory (testkit), a
 * file journal ({@code FileOutbox}), a JDBC table ({@code JdbcOutbox}); each passes
 * {@code MessageGatewayContract}.
 */
public interface MessageGateway {
    /** Records the message as queued unless its id is in the outbox already; returns whether it was queued now. */
    boolean send(OutboundMessage message);

    /**
     * Records every message whose id is not in the outbox yet, as one write (one transaction, one
     * sync): either all of them are stored or, on failure, none that were not there before.
     * Returns how many were queued now.
     */
    default int sendAll(List<OutboundMessage> messages) {
        int queued = 0;
        for (OutboundMessage m : messages) {
            if (send(m)) {
                queued++;
            }
        }
        return queued;
    }

    /** Every message recorded for the office, whatever its state, in the order first recorded. */
    List<OutboundMessage> sent(OfficeId office);

    /**
     * The messages recorded for the office to an address, in the order first recorded; phone
     * numbers match whatever their spacing or punctuation ({@code +52 55 1234 5678} is
     * {@code +525512345678}). Adapters with an index should override this scan.
     */
    default List<OutboundMessage> sentTo(OfficeId office, String address) {
        String wanted = OutboundMessage.normalise(address);
        return sent(office).stream().filter(m -> OutboundMessage.normalise(m.address()).equals(wanted)).toList();
    }

    /** Whether a message with this id is in the office's outbox; adapters should override this scan. */
    default boolean wasSent(OfficeId office, String id) {
        return sent(office).stream().anyMatch(m -> m.id().equals(id));
    }

    /**
     * The office's messages whose id starts with {@code idPrefix} (a test's id and a dash: its
     * requests and notices), each with its delivery state, in no particular order.
     */
    List<Delivery> deliveries(OfficeId office, String idPrefix);

    /**
     * Leases to {@code owner}, until {@code leaseUntil}, up to {@code max} queued messages of the
     * channel that are due at {@code now} and not leased by anyone (or whose lease ran out before
     * {@code now}), earliest due first; returns them with their state. Two owners never hold one
     * message at once.
     */
    List<Delivery> claim(Channel channel, String owner, Instant now, Instant leaseUntil, int max);

    /**
     * Records the outcome of an attempt on a message {@code owner} claimed and ends the lease: sent,
     * failed for good, or queued again for a later attempt (a {@link DeliveryState.Queued} with its
     * due time). Returns false, changing nothing, if the message is not leased to {@code owner}
     * (its lease ran out and another owner claimed it).
     */
    boolean record(String id, String owner, DeliveryState outcome);
}

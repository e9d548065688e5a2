package io.vigil.messaging;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MessageGateway} that delivers each message through the transport of its channel, with
 * retries and exponential back-off, and then records it in a delivery log (any other gateway: the
 * file outbox, a table). A message id found in the log is not delivered again, so a broadcast cut
 * off by a crash is resumed by sending it all again: nobody is skipped, and only a message
 * delivered in the instant before the crash can go out twice, carrying the same id as its
 * idempotency key (SMTP {@code Message-ID}, webhook {@code Idempotency-Key}) so the far side can
 * drop it. Channels without a transport are only recorded, as in an outbox someone reads.
 * A delivery that fails for good, or still fails after the last retry, is logged and reported as
 * not sent; it stays out of the log, so the next resend tries it again.
 */
public final class DeliveringGateway implements MessageGateway {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveringGateway.class);

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final MessageGateway log;
    private final Map<Channel, Transport> transports;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    public DeliveringGateway(MessageGateway log, Map<Channel, Transport> transports, RetryPolicy retry,
                             Sleeper sleeper) {
        this.log = log;
        this.transports = transports.isEmpty() ? Map.of() : new EnumMap<>(transports);
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /** With real waits between attempts. */
    public DeliveringGateway(MessageGateway log, Map<Channel, Transport> transports, RetryPolicy retry) {
        this(log, transports, retry, d -> Thread.sleep(d.toMillis()));
    }

    @Override
    public boolean send(OutboundMessage message) {
        if (log.wasSent(message.office(), message.id())) {
            return false;
        }
        Transport transport = transports.get(message.channel());
        if (transport != null && !deliver(transport, message)) {
            return false;
        }
        return log.send(message);
    }

    @Override
    public List<OutboundMessage> sent(OfficeId office) {
        return log.sent(office);
    }

    @Override
    public List<OutboundMessage> sentTo(OfficeId office, String address) {
        return log.sentTo(office, address);
    }

    @Override
    public boolean wasSent(OfficeId office, String id) {
        return log.wasSent(office, id);
    }

    private boolean deliver(Transport transport, OutboundMessage message) {
        for (int attempt = 1; ; attempt++) {
            try {
                transport.deliver(message);
                return true;
            } catch (DeliveryException e) {
                if (!e.retryable() || attempt >= retry.attempts()) {
                    LOG.warn("Message {} over {} not delivered after {} attempt(s): {}", message.id(),
                            message.channel(), attempt, e.getMessage());
                    return false;
                }
                try {
                    sleeper.sleep(retry.delayAfter(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }
}

package io.vigil.testkit.usecases;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory outbox that records only {@code budget} more messages, one by one, and then fails
 * as a disk or database that went away does; reads always work.
 */
final class FlakyOutbox implements MessageGateway {
    final InMemoryMessageGateway kept = new InMemoryMessageGateway();
    final AtomicInteger budget = new AtomicInteger(Integer.MAX_VALUE);

    @Override
    public boolean send(OutboundMessage m) {
        if (budget.getAndDecrement() <= 0) {
            throw new StorageException("the outbox cannot be written", null);
        }
        return kept.send(m);
    }

    @Override
    public List<OutboundMessage> sent(OfficeId office) {
        return kept.sent(office);
    }

    @Override
    public List<Delivery> deliveries(OfficeId office, String idPrefix) {
        return kept.deliveries(office, idPrefix);
    }

    @Override
    public List<Delivery> claim(Channel channel, String owner, Instant now, Instant leaseUntil, int max) {
        return kept.claim(channel, owner, now, leaseUntil, max);
    }

    @Override
    public boolean record(String id, String owner, DeliveryState outcome) {
        return kept.record(id, owner, outcome);
    }
}

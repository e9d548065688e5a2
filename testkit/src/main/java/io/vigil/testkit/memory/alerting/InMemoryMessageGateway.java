package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link MessageGateway} in memory, for tests and demos: the outbox with its delivery states and
 * leases. Nothing leaves it unless a dispatcher claims its messages.
 */
public final class InMemoryMessageGateway implements MessageGateway {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(OutboundMessage message, DeliveryState state, String owner, Instant leaseUntil) {
    }

    @Override
    public synchronized boolean send(OutboundMessage message) {
        if (entries.containsKey(message.id())) {
            return false;
        }
        entries.put(message.id(), new Entry(message, DeliveryState.queued(message.queuedAt()), null, null));
        return true;
    }

    @Override
    public synchronized int sendAll(List<OutboundMessage> messages) {
        return MessageGateway.super.sendAll(messages);
    }

    @Override
    public synchronized boolean wasSent(OfficeId office, String id) {
        Entry e = entries.get(id);
        return e != null && e.message().office().equals(office);
    }

    @Override
    public synchronized List<OutboundMessage> sent(OfficeId office) {
        return new ArrayList<>(entries.values().stream().map(Entry::message).filter(m -> m.office().equals(office))
                .toList());
    }

    @Override
    public synchronized List<Delivery> deliveries(OfficeId office, String idPrefix) {
        return entries.values().stream().filter(e -> e.message().office().equals(office)
                && e.message().id().startsWith(idPrefix)).map(e -> new Delivery(e.message(), e.state())).toList();
    }

    @Override
    public synchronized List<Delivery> claim(Channel channel, String owner, Instant now, Instant leaseUntil, int max) {
        List<Entry> due = entries.values().stream().filter(e -> e.message().channel() == channel
                        && e.state() instanceof DeliveryState.Queued q && !q.dueAt().isAfter(now)
                        && (e.leaseUntil() == null || !e.leaseUntil().isAfter(now)))
                .sorted(Comparator.comparing(e -> ((DeliveryState.Queued) e.state()).dueAt()))
                .limit(Math.max(0, max)).toList();
        due.forEach(e -> entries.put(e.message().id(), new Entry(e.message(), e.state(), owner, leaseUntil)));
        return due.stream().map(e -> new Delivery(e.message(), e.state())).toList();
    }

    @Override
    public synchronized boolean record(String id, String owner, DeliveryState outcome) {
        Entry e = entries.get(id);
        if (e == null || !owner.equals(e.owner())) {
            return false;
        }
        entries.put(id, new Entry(e.message(), outcome, null, null));
        return true;
    }
}

package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link MessageGateway} that keeps what it "sends", for tests and demos. */
public final class InMemoryMessageGateway implements MessageGateway {
    private final Map<String, OutboundMessage> sent = new LinkedHashMap<>();

    @Override
    public synchronized boolean send(OutboundMessage message) {
        return sent.putIfAbsent(message.id(), message) == null;
    }

    @Override
    public synchronized boolean wasSent(OfficeId office, String id) {
        OutboundMessage m = sent.get(id);
        return m != null && m.office().equals(office);
    }

    @Override
    public synchronized List<OutboundMessage> sent(OfficeId office) {
        return new ArrayList<>(sent.values().stream().filter(m -> m.office().equals(office)).toList());
    }
}

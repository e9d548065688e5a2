package io.vigil.wiring;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.crisis.port.out.CrisisMessage;
import io.vigil.crisis.port.out.CrisisMessages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The crisis context's outbox on the host's {@link MessageGateway}: each message recorded there, once by id. */
public final class GatewayCrisisMessages implements CrisisMessages {
    private final MessageGateway gateway;

    /** Messages recorded in {@code gateway}'s outbox, delivered by its dispatcher. */
    public GatewayCrisisMessages(MessageGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public int sendAll(List<CrisisMessage> messages) {
        return gateway.sendAll(messages.stream().map(m -> new OutboundMessage(m.id(), m.office(),
                Optional.of(m.recipient()), Channel.valueOf(m.channel()), m.address(), m.text(), m.queuedAt()))
                .toList());
    }
}

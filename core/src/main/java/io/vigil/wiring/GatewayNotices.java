package io.vigil.wiring;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.documents.port.out.Notice;
import io.vigil.documents.port.out.NoticeGateway;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents context's notices queued in the alerting context's {@link MessageGateway} (the
 * outbox), so a dissemination goes out, is retried and is reported as every other message is.
 */
public final class GatewayNotices implements NoticeGateway {
    private final MessageGateway gateway;
    private final Clock clock;

    /** Notices into the gateway, stamped by the clock. */
    public GatewayNotices(MessageGateway gateway, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int sendAll(List<Notice> notices) {
        return gateway.sendAll(notices.stream().map(n -> new OutboundMessage(n.id(), n.office(),
                Optional.of(n.person()), Channel.valueOf(n.channel().name()), n.address(), n.text(),
                clock.instant())).toList());
    }
}

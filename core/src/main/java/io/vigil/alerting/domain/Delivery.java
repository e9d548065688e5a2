package io.vigil.alerting.domain;

import io.vigil.kernel.Require;

/** An outbound message and where it stands in delivery. */
public record Delivery(OutboundMessage message, DeliveryState state) {
    public Delivery {
        Require.nonNull(message, "message");
        Require.nonNull(state, "state");
    }
}

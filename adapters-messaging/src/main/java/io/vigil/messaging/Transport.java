package io.vigil.messaging;

import io.vigil.alerting.domain.OutboundMessage;

/**
 * One way of putting a message in front of a person (an SMTP server, an SMS or app provider's
 * webhook). A transport tries once; the {@link Dispatcher} retries, with back-off, and records each
 * outcome in the outbox. Implement it to bridge to your own provider.
 */
@FunctionalInterface
public interface Transport {
    /**
     * Delivers the message, passing its id on as an idempotency key where the medium has one.
     *
     * @throws DeliveryException when it was not delivered, saying whether trying again may help
     */
    void deliver(OutboundMessage message);
}

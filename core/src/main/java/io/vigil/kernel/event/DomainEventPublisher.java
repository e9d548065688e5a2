package io.vigil.kernel.event;

/** Outbound port: publishes domain events after the change that raised them was stored. */
public interface DomainEventPublisher {
    /** Publishes one event. */
    void publish(DomainEvent event);
}

package io.vigil.kernel.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The default publisher: delivers each event synchronously, in subscription order, to the
 * subscribers of its type. A subscriber that throws does not stop delivery to the others; the
 * first failure is rethrown after all have run.
 */
public final class InProcessEventBus implements DomainEventPublisher {
    private record Subscription<E extends DomainEvent>(Class<E> type, Consumer<? super E> consumer) {
        void deliver(DomainEvent event) {
            if (type.isInstance(event)) {
                consumer.accept(type.cast(event));
            }
        }
    }

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    /** Registers a subscriber for events of {@code type} and its subtypes. */
    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> consumer) {
        subscriptions.add(new Subscription<>(type, consumer));
    }

    @Override
    public void publish(DomainEvent event) {
        RuntimeException first = null;
        for (Subscription<?> s : subscriptions) {
            try {
                s.deliver(event);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

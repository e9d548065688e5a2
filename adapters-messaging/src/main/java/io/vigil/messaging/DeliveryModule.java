package io.vigil.messaging;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.Require;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Guice: a {@link Dispatcher} over the bound {@link MessageGateway} (the outbox) with the host's
 * transports, started when first provided. It does no I/O in {@code configure()}; the host gets
 * the dispatcher once at start-up ({@code injector.getInstance(Dispatcher.class)}) and closes it
 * at shutdown.
 */
public final class DeliveryModule extends AbstractModule {
    private final Map<Channel, Transport> transports;
    private final RetryPolicy retry;
    private final Dispatcher.Settings settings;

    public DeliveryModule(Map<Channel, Transport> transports, RetryPolicy retry, Dispatcher.Settings settings) {
        this.transports = transports.isEmpty() ? Map.of() : new EnumMap<>(transports);
        this.retry = Require.nonNull(retry, "retry");
        this.settings = Require.nonNull(settings, "settings");
    }

    @Provides
    @Singleton
    Dispatcher dispatcher(MessageGateway outbox, Clock clock) {
        return new Dispatcher(outbox, transports, retry, settings, clock).start();
    }
}

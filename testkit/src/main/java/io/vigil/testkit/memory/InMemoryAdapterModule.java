package io.vigil.testkit.memory;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.wiring.PortsModule;
import io.vigil.wiring.VigilPorts;

/**
 * Binds every outbound port to a fresh in-memory adapter, and the {@link MessageGateway} to one
 * that keeps what it sends; for tests, demos and benchmarks.
 */
public final class InMemoryAdapterModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new PortsModule() {
            @Override
            protected VigilPorts createPorts() {
                return InMemoryAdapters.all();
            }
        });
        bind(MessageGateway.class).to(InMemoryMessageGateway.class);
        bind(InMemoryMessageGateway.class).in(Singleton.class);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}

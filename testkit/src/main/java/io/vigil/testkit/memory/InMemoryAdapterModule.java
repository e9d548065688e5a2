package io.vigil.testkit.memory;

import io.vigil.wiring.PortsModule;
import io.vigil.wiring.VigilPorts;

/** Binds every outbound port to a fresh in-memory adapter; for tests, demos and benchmarks. */
public final class InMemoryAdapterModule extends PortsModule {

    @Override
    protected VigilPorts createPorts() {
        return InMemoryAdapters.all();
    }
}

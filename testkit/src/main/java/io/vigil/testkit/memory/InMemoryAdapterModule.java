package io.vigil.testkit.memory;

import io.vigil.people.application.PeopleServices;
import io.vigil.wiring.PortsModule;

/** Binds every outbound port to a fresh in-memory adapter; for tests, demos and benchmarks. */
public final class InMemoryAdapterModule extends PortsModule {

    @Override
    protected PeopleServices.Ports createPorts() {
        return InMemoryAdapters.ports();
    }
}

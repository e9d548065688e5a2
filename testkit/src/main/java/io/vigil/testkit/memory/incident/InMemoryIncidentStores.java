package io.vigil.testkit.memory.incident;

import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.wiring.ContextStores;

/** The incident context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryIncidentStores implements ContextStores<IncidentPorts> {

    @Override
    public Class<IncidentPorts> portsType() {
        return IncidentPorts.class;
    }

    @Override
    public IncidentPorts open() {
        return new IncidentPorts(new InMemoryIncidentReportLog(), new InMemoryEnquiryFile(),
                new InMemoryIncidentSettingsStore());
    }
}

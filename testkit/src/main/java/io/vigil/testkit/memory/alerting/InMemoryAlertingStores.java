package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.wiring.ContextStores;

/** The emergency communications context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryAlertingStores implements ContextStores<AlertingPorts> {

    @Override
    public Class<AlertingPorts> portsType() {
        return AlertingPorts.class;
    }

    @Override
    public AlertingPorts open() {
        return new AlertingPorts(new InMemoryOnCallRoster(), new InMemoryEmergencyLog(), new InMemoryAdvisoryBoard(),
                new InMemoryCommunicationTestRegistry(), new InMemoryCheckInLog(), new InMemoryPhoneTreeRegistry(),
                new InMemoryMessageSettingsStore());
    }
}

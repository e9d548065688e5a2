package io.vigil.testkit.memory.incident;

import io.vigil.incident.port.out.IncidentSettingsStore;
import io.vigil.testkit.contract.incident.IncidentSettingsStoreContract;

class InMemoryIncidentSettingsStoreTest extends IncidentSettingsStoreContract {
    private static final InMemoryIncidentSettingsStore STORE = new InMemoryIncidentSettingsStore();

    @Override
    protected IncidentSettingsStore store() {
        return STORE;
    }
}

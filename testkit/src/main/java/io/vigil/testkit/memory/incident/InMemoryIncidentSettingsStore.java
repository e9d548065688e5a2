package io.vigil.testkit.memory.incident;

import io.vigil.incident.domain.IncidentSettings;
import io.vigil.kernel.OfficeId;
import io.vigil.incident.port.out.IncidentSettingsStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link IncidentSettingsStore} in memory. */
public final class InMemoryIncidentSettingsStore extends InMemoryVersionedStore<OfficeId, IncidentSettings> implements IncidentSettingsStore {
    public InMemoryIncidentSettingsStore() {
        super("incident-settings");
    }
}

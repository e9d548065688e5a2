package io.vigil.incident.port.out;

import io.vigil.incident.domain.IncidentSettings;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** Outbound port: each office's incident settings (taxonomy, reporting chain, code mapping), keyed by office. */
public interface IncidentSettingsStore extends VersionedStore<OfficeId, IncidentSettings> {
}

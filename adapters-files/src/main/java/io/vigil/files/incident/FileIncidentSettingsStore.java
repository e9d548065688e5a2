package io.vigil.files.incident;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.kernel.OfficeId;
import io.vigil.incident.port.out.IncidentSettingsStore;

/** {@link IncidentSettingsStore} on JSON files. */
final class FileIncidentSettingsStore extends FileVersionedStore<OfficeId, IncidentSettings> implements IncidentSettingsStore {
    FileIncidentSettingsStore(JsonDirectory<IncidentSettings> files) {
        super(files, "incident-settings");
    }
}

package io.vigil.jdbc.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.port.out.IncidentSettingsStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link IncidentSettingsStore} on JDBC: one row per office. */
final class JdbcIncidentSettingsStore extends JdbcVersionedStore<OfficeId, IncidentSettings>
        implements IncidentSettingsStore {

    JdbcIncidentSettingsStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, IncidentSettings.class, "incident_settings", "incident-settings", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(IncidentSettings s) {
        return new Object[0];
    }
}

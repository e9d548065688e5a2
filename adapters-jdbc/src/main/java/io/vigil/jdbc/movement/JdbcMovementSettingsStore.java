package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.port.out.MovementSettingsStore;
import java.util.List;

/** {@link MovementSettingsStore} on JDBC: one row per office. */
final class JdbcMovementSettingsStore extends JdbcVersionedStore<OfficeId, MovementSettings>
        implements MovementSettingsStore {

    JdbcMovementSettingsStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, MovementSettings.class, "movement_settings", "movement-settings", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(MovementSettings s) {
        return new Object[0];
    }
}

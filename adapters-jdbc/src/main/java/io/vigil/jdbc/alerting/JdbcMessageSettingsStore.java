package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link MessageSettingsStore} on JDBC: one row per office. */
final class JdbcMessageSettingsStore extends JdbcVersionedStore<OfficeId, MessageSettings>
        implements MessageSettingsStore {

    JdbcMessageSettingsStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, MessageSettings.class, "message_settings", "message-settings", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(MessageSettings s) {
        return new Object[0];
    }
}

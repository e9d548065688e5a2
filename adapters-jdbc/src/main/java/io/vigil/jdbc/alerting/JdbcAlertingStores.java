package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The emergency communications context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcAlertingStores implements ContextStores<AlertingPorts> {
    private final DataSource dataSource;

    public JdbcAlertingStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<AlertingPorts> portsType() {
        return AlertingPorts.class;
    }

    @Override
    public AlertingPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new AlertingPorts(new JdbcOnCallRoster(jdbc, json), new JdbcEmergencyLog(jdbc, json),
                new JdbcAdvisoryBoard(jdbc, json), new JdbcCommunicationTestRegistry(jdbc, json),
                new JdbcCheckInLog(jdbc, json), new JdbcPhoneTreeRegistry(jdbc, json),
                new JdbcMessageSettingsStore(jdbc, json));
    }
}

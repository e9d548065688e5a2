package io.vigil.jdbc.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The incident context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcIncidentStores implements ContextStores<IncidentPorts> {
    private final DataSource dataSource;

    public JdbcIncidentStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<IncidentPorts> portsType() {
        return IncidentPorts.class;
    }

    @Override
    public IncidentPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new IncidentPorts(new JdbcIncidentReportLog(jdbc, json), new JdbcEnquiryFile(jdbc, json),
                new JdbcIncidentSettingsStore(jdbc, json));
    }
}

package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The personnel context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcPeopleStores implements ContextStores<PeoplePorts> {
    private final DataSource dataSource;

    public JdbcPeopleStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<PeoplePorts> portsType() {
        return PeoplePorts.class;
    }

    @Override
    public PeoplePorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new PeoplePorts(new JdbcPersonDirectory(jdbc, json), new JdbcResidenceRegistry(jdbc, json),
                new JdbcPresenceLog(jdbc, json), new JdbcMissionRegistry(jdbc, json), new JdbcPositionLog(jdbc, json),
                new JdbcWardenZoneRegistry(jdbc, json), new JdbcOfficeDirectory(jdbc, json));
    }
}

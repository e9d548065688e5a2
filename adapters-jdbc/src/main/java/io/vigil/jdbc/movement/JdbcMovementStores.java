package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The movement context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcMovementStores implements ContextStores<MovementPorts> {
    private final DataSource dataSource;

    /** The stores over a data source migrated to V18 or later. */
    public JdbcMovementStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<MovementPorts> portsType() {
        return MovementPorts.class;
    }

    @Override
    public MovementPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new MovementPorts(new JdbcMovementLog(jdbc, json), new JdbcVehicleFleet(jdbc, json),
                new JdbcDriverRoster(jdbc, json), new JdbcMovementSettingsStore(jdbc, json),
                new JdbcRiverOptionRegistry(jdbc, json), new JdbcMedevacPlanRegistry(jdbc, json),
                new JdbcRoadIncidentLog(jdbc, json), new JdbcVisitRegistry(jdbc, json));
    }
}

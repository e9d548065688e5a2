package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The crisis context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcCrisisStores implements ContextStores<CrisisPorts> {
    private final DataSource dataSource;

    public JdbcCrisisStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<CrisisPorts> portsType() {
        return CrisisPorts.class;
    }

    @Override
    public CrisisPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new CrisisPorts(new JdbcCrisisPlanStore(jdbc, json), new JdbcCrisisTeamStore(jdbc, json),
                new JdbcActivationLog(jdbc, json), new JdbcExerciseLog(jdbc, json),
                new JdbcExerciseScheduleStore(jdbc, json), new JdbcContinuityStore(jdbc, json),
                new JdbcRelocationPlanStore(jdbc, json), new JdbcRelocationLog(jdbc, json));
    }
}

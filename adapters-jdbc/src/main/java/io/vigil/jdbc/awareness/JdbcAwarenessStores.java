package io.vigil.jdbc.awareness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The awareness context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcAwarenessStores implements ContextStores<AwarenessPorts> {
    private final DataSource dataSource;

    public JdbcAwarenessStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<AwarenessPorts> portsType() {
        return AwarenessPorts.class;
    }

    @Override
    public AwarenessPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new AwarenessPorts(new JdbcCourseCatalogue(jdbc, json), new JdbcCompletionLog(jdbc, json),
                new JdbcBriefingLog(jdbc, json), new JdbcAwarenessPolicyStore(jdbc, json));
    }
}

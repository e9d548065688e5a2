package io.vigil.jdbc;

import io.vigil.json.VigilJson;
import io.vigil.wiring.PortsModule;
import io.vigil.wiring.VigilPorts;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Binds every outbound port to its JDBC adapter on the given data source. It does no I/O:
 * run {@link JdbcMigrations#migrate} before first use.
 */
public final class JdbcAdapterModule extends PortsModule {
    private final DataSource dataSource;

    public JdbcAdapterModule(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    protected VigilPorts createPorts() {
        return JdbcStores.create(dataSource, VigilJson.mapper()).ports();
    }
}

package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The guard-force context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcGuardStores implements ContextStores<GuardPorts> {
    private final DataSource dataSource;

    public JdbcGuardStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<GuardPorts> portsType() {
        return GuardPorts.class;
    }

    @Override
    public GuardPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new GuardPorts(new JdbcGuardContractRegistry(jdbc, json), new JdbcRosterBook(jdbc, json),
                new JdbcInvoiceLedger(jdbc, json), new JdbcPerformanceLog(jdbc, json), new JdbcInspectionLog(jdbc, json),
                new JdbcLabourStandardsBook(jdbc, json), new JdbcPerformanceReviewBook(jdbc, json));
    }
}

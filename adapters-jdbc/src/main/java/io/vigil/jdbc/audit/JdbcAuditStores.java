package io.vigil.jdbc.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The audit log on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcAuditStores implements ContextStores<AuditLog> {
    private final DataSource dataSource;

    public JdbcAuditStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<AuditLog> portsType() {
        return AuditLog.class;
    }

    @Override
    public AuditLog open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new JdbcAuditLog(jdbc, json);
    }
}

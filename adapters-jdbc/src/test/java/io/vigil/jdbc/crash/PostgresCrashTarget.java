package io.vigil.jdbc.crash;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;

/** PostgreSQL at a JDBC URL (the embedded server the test starts), through {@link JdbcDataSources#pool}. */
public final class PostgresCrashTarget extends JdbcCrashTarget {
    @Override
    HikariDataSource dataSource(String location) {
        return JdbcDataSources.pool(location, "postgres", "postgres");
    }
}

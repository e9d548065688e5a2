package io.vigil.jdbc.crash;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import java.nio.file.Path;

/** The embedded default: SQLite in a directory, through {@link JdbcDataSources#sqliteFile}. */
public final class SqliteCrashTarget extends JdbcCrashTarget {
    @Override
    HikariDataSource dataSource(String location) {
        return JdbcDataSources.sqliteFile(Path.of(location));
    }
}

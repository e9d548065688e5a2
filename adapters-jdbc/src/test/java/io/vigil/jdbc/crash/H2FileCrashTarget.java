package io.vigil.jdbc.crash;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import java.nio.file.Path;

/** H2 in files, through {@link JdbcDataSources#h2File} (the embedded default of release 0.1). */
public final class H2FileCrashTarget extends JdbcCrashTarget {
    @Override
    HikariDataSource dataSource(String location) {
        return JdbcDataSources.h2File(Path.of(location));
    }
}

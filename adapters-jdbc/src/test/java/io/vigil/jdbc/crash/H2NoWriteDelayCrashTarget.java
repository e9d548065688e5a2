package io.vigil.jdbc.crash;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import java.nio.file.Path;

/** H2 in files with {@code WRITE_DELAY=0}: each commit asks the MVStore to store its changes at once. */
public final class H2NoWriteDelayCrashTarget extends JdbcCrashTarget {
    @Override
    HikariDataSource dataSource(String location) {
        return JdbcDataSources.pool("jdbc:h2:file:" + Path.of(location).toAbsolutePath().resolve("vigil")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }
}

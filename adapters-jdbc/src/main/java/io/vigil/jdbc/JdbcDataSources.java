package io.vigil.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/** Pooled data sources for the two supported databases. */
public final class JdbcDataSources {
    private JdbcDataSources() {
    }

    /** An embedded H2 database kept in files under {@code directory} (created if missing). */
    public static HikariDataSource h2File(Path directory) {
        return pool("jdbc:h2:file:" + directory.toAbsolutePath().resolve("vigil") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** A pool on any JDBC URL (PostgreSQL in production, H2 in tests). */
    public static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("vigil");
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}

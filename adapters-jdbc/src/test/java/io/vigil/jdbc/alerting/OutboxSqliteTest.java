package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.testkit.contract.alerting.MessageGatewayContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The outbox's SQL is plain enough for SQLite too: its table made from migration V8's own text (with
 * the placeholders a SQLite migration would use), the same contract, concurrent claims included.
 */
class OutboxSqliteTest extends MessageGatewayContract {
    private static MessageGateway outbox;

    @Override
    protected MessageGateway gateway() {
        if (outbox == null) {
            outbox = new JdbcOutbox(database());
        }
        return outbox;
    }

    private static DataSource database() {
        try {
            Path file = Files.createTempDirectory("vigil-outbox-sqlite").resolve("vigil.db");
            DataSource ds = JdbcDataSources.pool("jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=FULL"
                    + "&busy_timeout=30000", "", "");
            String v8;
            try (InputStream in = OutboxSqliteTest.class.getResourceAsStream("/io/vigil/jdbc/migration/V8__outbox.sql")) {
                v8 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String sql = v8.replace("${collate_c}", "").replace("${json_text}", "TEXT")
                    .replaceAll("(?m)^--.*$", "");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            return ds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

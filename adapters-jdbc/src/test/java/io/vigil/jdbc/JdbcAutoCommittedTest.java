package io.vigil.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.kernel.store.StorageException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Jdbc#autoCommitted}: each statement a transaction of its own, failures reported as by a transaction. */
class JdbcAutoCommittedTest {
    private HikariDataSource pool;
    private OneTransactionDataSource source;
    private Jdbc jdbc;

    @BeforeEach
    void open() {
        pool = JdbcDataSources.pool("jdbc:h2:mem:auto-committed;DB_CLOSE_DELAY=-1", "sa", "");
        source = new OneTransactionDataSource(pool);
        jdbc = new Jdbc(source);
        jdbc.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text VARCHAR(20) NOT NULL)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        jdbc.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE note");
            }
            return null;
        });
        pool.close();
    }

    private long notes() {
        return jdbc.query("SELECT COUNT(*) FROM note", rs -> rs.getLong(1)).get(0);
    }

    @Test
    void each_statement_is_committed_as_it_completes_so_a_later_failure_keeps_it() {
        assertThatThrownBy(() -> jdbc.autoCommitted(c -> {
            Jdbc.update(c, "INSERT INTO note (id, text) VALUES (?, ?)", 1, "kept");
            return Jdbc.update(c, "INSERT INTO note (id, text) VALUES (?, ?)", 2, null);
        })).isInstanceOf(StorageException.class);
        assertThat(notes()).as("the first insert was its own transaction").isEqualTo(1);
        assertThatThrownBy(() -> jdbc.inTransaction(c -> {
            Jdbc.update(c, "INSERT INTO note (id, text) VALUES (?, ?)", 3, "undone");
            return Jdbc.update(c, "INSERT INTO note (id, text) VALUES (?, ?)", 4, null);
        })).isInstanceOf(StorageException.class);
        assertThat(notes()).as("where a transaction undoes both").isEqualTo(1);
    }

    @Test
    void a_database_error_marks_the_writes_unhealthy_until_a_write_succeeds() {
        assertThatThrownBy(() -> jdbc.autoCommitted(c -> Jdbc.update(c, "INSERT INTO missing (id) VALUES (?)", 1)))
                .isInstanceOf(StorageException.class).hasMessageContaining("database error");
        assertThat(source.writeHealth().failure()).isPresent();
        int inserted = jdbc.autoCommitted(c -> Jdbc.update(c, "INSERT INTO note (id, text) VALUES (?, ?)", 5, "fine"));
        assertThat(inserted).isEqualTo(1);
        assertThat(source.writeHealth().failure()).isEmpty();
    }

    @Test
    void a_refused_constraint_leaves_the_writes_healthy() {
        jdbc.autoCommitted(c -> Jdbc.update(c, "INSERT INTO note (id, text) VALUES (?, ?)", 6, "first"));
        assertThatThrownBy(() -> jdbc.autoCommitted(c -> Jdbc.update(c, "INSERT INTO note (id, text) VALUES (?, ?)",
                6, "again"))).isInstanceOf(StorageException.class);
        assertThat(source.writeHealth().failure()).isEmpty();
        assertThat(notes()).isEqualTo(1);
    }
}

package io.vigil.jdbc;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What the last write through a data source's stores came to. A write the database could not make
 * for want of storage (a full disk, a read-only file, a lost connection: any database error but a
 * refused constraint or a lost serialisation race) marks the stores as unable to write, until a write
 * succeeds again. A health check reads it ({@link #failure()}); the stores keep trying every write, so
 * the first to succeed once space returns clears it, with no restart.
 */
public final class WriteHealth {
    private volatile String failure;

    /** A data source whose stores report their writes here. */
    public interface Source {
        WriteHealth writeHealth();
    }

    /** A transaction was committed. */
    public void succeeded() {
        failure = null;
    }

    /** A transaction failed with {@code e}; counts only if it is a storage failure. */
    public void failed(SQLException e) {
        if (!isRefusal(e)) {
            failure = String.valueOf(e.getMessage());
        }
    }

    /** Why the last write failed, when it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** A constraint refused the write (SQLState class 23) or it lost a race (class 40): the database is fine. */
    private static boolean isRefusal(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("40"));
    }
}

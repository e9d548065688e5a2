package io.vigil.jdbc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows written with PostgreSQL's {@code COPY ... FROM STDIN} in its text format, inside the
 * connection's transaction: the database parses one stream where multi-row inserts make it parse,
 * plan and bind a statement per few hundred rows. Loaded only on PostgreSQL, so that the other
 * databases need no PostgreSQL driver.
 */
final class PostgresCopy {
    /** The bytes sent to the database at a time. */
    private static final int CHUNK = 1 << 16;

    private PostgresCopy() {
    }

    /** Whether every value is one {@link #copy} writes as the database would bind it: text, a number, a boolean or null. */
    static boolean copyable(List<Object[]> rows) {
        for (Object[] row : rows) {
            for (Object v : row) {
                if (v != null && !(v instanceof String) && !(v instanceof Integer) && !(v instanceof Long)
                        && !(v instanceof Short) && !(v instanceof Boolean)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Copies the rows ({@link #copyable} ones) into the table's columns; returns how many the database took. */
    static long copy(Connection c, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 1024);
            StringBuilder line = new StringBuilder(256);
            for (Object[] row : rows) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException("a row of " + table + " has " + row.length
                            + " values for " + columns.size() + " columns");
                }
                line.setLength(0);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        line.append('\t');
                    }
                    field(line, row[i]);
                }
                line.append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                buffer.write(bytes, 0, bytes.length);
                if (buffer.size() >= CHUNK) {
                    in.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }
            if (buffer.size() > 0) {
                in.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            }
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /**
     * One value in COPY's text format: {@code \N} for null; text with backslash, tab, newline and
     * carriage return escaped, the only characters the format gives a meaning.
     */
    static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}

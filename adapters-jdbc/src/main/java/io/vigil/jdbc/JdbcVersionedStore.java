package io.vigil.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.store.VersionedStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link VersionedStore} on one table holding each aggregate as JSON plus the columns its queries
 * need. A save locks the row, checks the version, writes the row and rewrites the child rows in
 * one transaction, so a refused or failed save leaves everything as it was.
 */
public abstract class JdbcVersionedStore<I, A extends Versioned<I, A>> implements VersionedStore<I, A> {
    protected final Jdbc jdbc;
    private final JsonBody<A> body;
    private final Class<A> type;
    private final String table;
    private final String resourceType;
    private final List<String> columns;
    private final List<String> childTables;

    /**
     * @param columns     the query columns after id, office_id and version, filled by {@link #columnValues}
     * @param childTables tables whose rows name the aggregate in a column {@code <table's parent>_id},
     *                    rewritten by {@link #writeChildren}
     */
    protected JdbcVersionedStore(Jdbc jdbc, ObjectMapper json, Class<A> type, String table, String resourceType,
                       List<String> columns, List<String> childTables) {
        this.jdbc = jdbc;
        this.body = new JsonBody<>(json, type, resourceType);
        this.type = type;
        this.table = table;
        this.resourceType = resourceType;
        this.columns = List.copyOf(columns);
        this.childTables = List.copyOf(childTables);
    }

    /** Values of the query columns, in the order given to the constructor. */
    protected abstract Object[] columnValues(A aggregate);

    /** Inserts the child rows of a freshly written aggregate. */
    protected void writeChildren(Connection c, A aggregate) throws SQLException {
    }

    /**
     * Whether an update must rewrite the child rows (delete them, then {@link #writeChildren}): by
     * default always. A store whose children rarely change reads from the row, before it is written
     * over, whether {@code next}'s children differ from those stored.
     */
    protected boolean childrenChanged(Connection c, String id, A next) throws SQLException {
        return true;
    }

    /**
     * The aggregates of stored bodies, in their order: by default each body read alone
     * ({@link #read}). A store keeping part of an aggregate in child rows reads them here, after the
     * bodies' own query has finished.
     */
    protected List<A> readBodies(List<String> stored) {
        return stored.stream().map(this::read).toList();
    }

    @Override
    public A save(A aggregate) {
        String id = aggregate.id().toString();
        return jdbc.inTransaction(c -> {
            long stored = storedVersion(c, id);
            if (stored != aggregate.version()) {
                throw new VersionConflictException(resourceType, id, aggregate.version(), stored);
            }
            A next = aggregate.withVersion(aggregate.version() + 1);
            List<Object> values = new ArrayList<>();
            values.add(next.office().value());
            values.add(next.version());
            values.addAll(Arrays.asList(columnValues(next)));
            values.add(write(next));
            boolean children = stored == 0 || childrenChanged(c, id, next);
            if (stored == 0) {
                insert(c, id, values);
            } else {
                values.add(id);
                values.add(stored);
                Jdbc.update(c, "UPDATE " + table + " SET office_id = ?, version = ?, "
                        + String.join("", columns.stream().map(col -> col + " = ?, ").toList())
                        + "body = ? WHERE id = ? AND version = ?", values.toArray());
                if (children) {
                    deleteChildren(c, id);
                }
            }
            if (children) {
                writeChildren(c, next);
            }
            return next;
        });
    }

    private void deleteChildren(Connection c, String id) throws SQLException {
        for (String child : childTables) {
            Jdbc.update(c, "DELETE FROM " + child + " WHERE " + table + "_id = ?", id);
        }
    }

    private void insert(Connection c, String id, List<Object> values) throws SQLException {
        List<Object> all = new ArrayList<>();
        all.add(id);
        all.addAll(values);
        String names = "id, office_id, version, " + String.join("", columns.stream().map(col -> col + ", ").toList())
                + "body";
        try {
            Jdbc.update(c, "INSERT INTO " + table + " (" + names + ") VALUES (" + Jdbc.marks(all.size()) + ")",
                    all.toArray());
        } catch (SQLException e) {
            if (Jdbc.isConstraintViolation(e)) {
                throw new VersionConflictException(resourceType, id, 0, 1);
            }
            throw e;
        }
    }

    @Override
    public Optional<A> findById(I id) {
        return readBodies(jdbc.query("SELECT body FROM " + table + " WHERE id = ?", rs -> rs.getString(1),
                id.toString())).stream().findFirst();
    }

    @Override
    public void delete(I id, long expectedVersion) {
        String key = id.toString();
        jdbc.inTransaction(c -> {
            long stored = storedVersion(c, key);
            if (stored == 0 || stored != expectedVersion) {
                throw new VersionConflictException(resourceType, key, expectedVersion, stored);
            }
            deleteChildren(c, key);
            return Jdbc.update(c, "DELETE FROM " + table + " WHERE id = ? AND version = ?", key, expectedVersion);
        });
    }

    /** How many of the office's rows the table holds (the {@code count(office)} of the ports that have one). */
    public long count(OfficeId office) {
        return count("office_id = ?", office.value());
    }

    /** How many rows match {@code where} (SQL after WHERE). */
    protected long count(String where, Object... params) {
        return jdbc.query("SELECT COUNT(*) FROM " + table + " WHERE " + where, rs -> rs.getLong(1), params).get(0);
    }

    /** The aggregates matching {@code where} (SQL after WHERE), ordered by {@code orderBy}, one page of them. */
    protected Page<A> page(String where, String orderBy, PageRequest page, Object... params) {
        long total = count(where, params);
        Object[] withPaging = Arrays.copyOf(params, params.length + 2);
        withPaging[params.length] = page.limit();
        withPaging[params.length + 1] = page.offset();
        List<A> items = readBodies(jdbc.query("SELECT body FROM " + table + " WHERE " + where + " ORDER BY "
                + orderBy + " LIMIT ? OFFSET ?", rs -> rs.getString(1), withPaging));
        return new Page<>(items, Math.max(total, items.size()), page.offset(), page.limit());
    }

    /** The aggregates returned by a query whose only column is the body. */
    protected List<A> bodies(String sql, Object... params) {
        return readBodies(jdbc.query(sql, rs -> rs.getString(1), params));
    }

    private long storedVersion(Connection c, String id) throws SQLException {
        return Jdbc.query(c, "SELECT version FROM " + table + " WHERE id = ?" + jdbc.dialect().lockingRead(), rs -> rs.getLong(1), id)
                .stream().findFirst().orElse(0L);
    }

    protected String write(A value) {
        return body.write(value);
    }

    protected A read(String stored) {
        return body.read(stored);
    }
}

package io.vigil.jdbc.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Dialect;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JsonBody;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditLog} on JDBC: one row per entry, one child row per person involved, the entry and its
 * persons written together or not at all. An entry about nobody is one auto-committed insert; on
 * PostgreSQL an entry about a few persons (every answer, every read of a person) is one statement
 * too, the entry's insert in a {@code WITH} before its persons' rows: one round trip to the
 * database, where a transaction takes three. Otherwise the entry and its persons are one
 * transaction, the persons in multi-row inserts ({@link Jdbc#insertRows}).
 */
final class JdbcAuditLog implements AuditLog {
    /** On PostgreSQL an entry naming up to this many persons is written in one statement. */
    static final int ONE_STATEMENT = 50;
    private static final String INSERT_ENTRY = "INSERT INTO audit_entry (id, office_id, at, actor, body)"
            + " VALUES (?, ?, ?, ?, ?)";
    private final Jdbc jdbc;
    private final JsonBody<AuditEntry> body;

    JdbcAuditLog(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.body = new JsonBody<>(json, AuditEntry.class, "audit entry");
    }

    @Override
    public void record(AuditEntry e) {
        String stored = body.write(e);
        List<PersonId> persons = e.persons().stream().distinct().toList();
        List<Object> entry = List.of(e.id().toString(), e.office().value(), e.at(), e.actor(), stored);
        if (persons.isEmpty()) {
            jdbc.autoCommitted(c -> Jdbc.update(c, INSERT_ENTRY, entry.toArray()));
            return;
        }
        if (persons.size() <= ONE_STATEMENT && jdbc.dialect() == Dialect.POSTGRESQL) {
            StringBuilder sql = new StringBuilder("WITH entry AS (" + INSERT_ENTRY
                    + ") INSERT INTO audit_person (entry_id, person_id) VALUES ");
            List<Object> params = new ArrayList<>(entry);
            for (int i = 0; i < persons.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
                params.add(e.id().toString());
                params.add(persons.get(i).toString());
            }
            jdbc.autoCommitted(c -> Jdbc.update(c, sql.toString(), params.toArray()));
            return;
        }
        jdbc.inTransaction(c -> {
            Jdbc.update(c, INSERT_ENTRY, entry.toArray());
            Jdbc.insertRows(c, "audit_person", List.of("entry_id", "person_id"), persons.stream()
                    .map(p -> new Object[] {e.id().toString(), p.toString()}).toList(), "");
            return null;
        });
    }

    @Override
    public Page<AuditEntry> find(AuditQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder("office_id = ?");
        List<Object> params = new ArrayList<>(List.of(q.office().value()));
        q.actor().ifPresent(a -> {
            where.append(" AND actor = ?");
            params.add(a);
        });
        q.person().ifPresent(p -> {
            where.append(" AND id IN (SELECT entry_id FROM audit_person WHERE person_id = ?)");
            params.add(p.toString());
        });
        long total = jdbc.query("SELECT COUNT(*) FROM audit_entry WHERE " + where, rs -> rs.getLong(1),
                params.toArray()).get(0);
        params.add(page.limit());
        params.add(page.offset());
        List<AuditEntry> items = jdbc.query("SELECT body FROM audit_entry WHERE " + where
                + " ORDER BY at DESC, id LIMIT ? OFFSET ?", rs -> body.read(rs.getString(1)), params.toArray());
        return new Page<>(items, Math.max(total, items.size()), page.offset(), page.limit());
    }
}

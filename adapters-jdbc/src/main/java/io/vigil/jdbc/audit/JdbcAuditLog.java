package io.vigil.jdbc.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JsonBody;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditLog} on JDBC: one row per entry, one child row per person involved, the entry and its
 * persons written in one transaction, the persons in multi-row inserts ({@link Jdbc#insertRows}).
 */
final class JdbcAuditLog implements AuditLog {
    private final Jdbc jdbc;
    private final JsonBody<AuditEntry> body;

    JdbcAuditLog(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.body = new JsonBody<>(json, AuditEntry.class, "audit entry");
    }

    @Override
    public void record(AuditEntry e) {
        String stored = body.write(e);
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "INSERT INTO audit_entry (id, office_id, at, actor, body) VALUES (?, ?, ?, ?, ?)",
                    e.id().toString(), e.office().value(), e.at(), e.actor(), stored);
            List<Object[]> persons = e.persons().stream().distinct()
                    .map(p -> new Object[] {e.id().toString(), p.toString()}).toList();
            Jdbc.insertRows(c, "audit_person", List.of("entry_id", "person_id"), persons, "");
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

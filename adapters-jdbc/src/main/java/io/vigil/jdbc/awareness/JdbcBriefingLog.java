package io.vigil.jdbc.awareness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * {@link BriefingLog} on JDBC, with a row per attendee. Timestamp columns hold microseconds, so
 * the query since an instant selects with a millisecond of slack and applies the exact rule to the
 * loaded briefings.
 */
final class JdbcBriefingLog extends JdbcVersionedStore<BriefingId, Briefing> implements BriefingLog {

    JdbcBriefingLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Briefing.class, "briefing", "briefing", List.of("held_at"), List.of("briefing_attendee"));
    }

    @Override
    protected Object[] columnValues(Briefing b) {
        return new Object[] {Jdbc.timestamp(b.at())};
    }

    @Override
    protected void writeChildren(Connection c, Briefing b) throws SQLException {
        for (PersonId p : b.attendees()) {
            Jdbc.update(c, "INSERT INTO briefing_attendee (briefing_id, person_id) VALUES (?, ?)", b.id().toString(),
                    p.toString());
        }
    }

    @Override
    public Page<Briefing> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "held_at DESC, id", page, office.value());
    }

    @Override
    public List<Briefing> since(OfficeId office, Instant from) {
        return bodies("SELECT body FROM briefing WHERE office_id = ? AND held_at >= ?", office.value(),
                Jdbc.timestamp(from.minusMillis(1))).stream().filter(b -> !b.at().isBefore(from))
                .sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<Briefing> attendedBy(OfficeId office, PersonId person) {
        return bodies("SELECT b.body FROM briefing b JOIN briefing_attendee a ON a.briefing_id = b.id"
                + " WHERE b.office_id = ? AND a.person_id = ?", office.value(), person.toString()).stream()
                .sorted(LATEST_FIRST).toList();
    }
}

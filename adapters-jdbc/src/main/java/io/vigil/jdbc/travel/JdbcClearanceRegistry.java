package io.vigil.jdbc.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.port.out.ClearanceRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * {@link ClearanceRegistry} on JDBC, with a row per traveller. Timestamp columns hold microseconds,
 * so the queries by instant select with a millisecond of slack and apply the exact rule to the
 * loaded clearances, in the port's order.
 */
final class JdbcClearanceRegistry extends JdbcVersionedStore<ClearanceId, Clearance> implements ClearanceRegistry {

    JdbcClearanceRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Clearance.class, "clearance", "clearance", List.of("submitted_at", "ends_at", "status"),
                List.of("clearance_traveller"));
    }

    @Override
    protected Object[] columnValues(Clearance c) {
        return new Object[] {Jdbc.timestamp(c.trip().submittedAt()), Jdbc.timestamp(c.trip().lastArrival()),
                c.status().name()};
    }

    @Override
    protected void writeChildren(Connection c, Clearance clearance) throws SQLException {
        for (PersonId p : clearance.trip().travellers()) {
            Jdbc.update(c, "INSERT INTO clearance_traveller (clearance_id, person_id) VALUES (?, ?)",
                    clearance.id().toString(), p.toString());
        }
    }

    @Override
    public Page<Clearance> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "submitted_at DESC, id", page, office.value());
    }

    @Override
    public List<Clearance> ofTraveller(OfficeId office, PersonId person) {
        return bodies("SELECT c.body FROM clearance c JOIN clearance_traveller t ON t.clearance_id = c.id"
                + " WHERE c.office_id = ? AND t.person_id = ?", office.value(), person.toString()).stream()
                .sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<Clearance> endingAfter(OfficeId office, Instant at) {
        return bodies("SELECT body FROM clearance WHERE office_id = ? AND ends_at > ?", office.value(),
                Jdbc.timestamp(at.minusMillis(1))).stream().filter(c -> c.trip().lastArrival().isAfter(at))
                .sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<Clearance> submittedBetween(OfficeId office, Instant from, Instant to) {
        return bodies("SELECT body FROM clearance WHERE office_id = ? AND submitted_at >= ? AND submitted_at < ?",
                office.value(), Jdbc.timestamp(from.minusMillis(1)), Jdbc.timestamp(to.plusMillis(1))).stream()
                .filter(c -> !c.trip().submittedAt().isBefore(from) && c.trip().submittedAt().isBefore(to))
                .sorted(LATEST_FIRST).toList();
    }
}

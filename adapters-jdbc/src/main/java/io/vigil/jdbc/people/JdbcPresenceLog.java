package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.StayCounts;
import io.vigil.people.port.out.PresenceLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@link PresenceLog} on JDBC. Timestamp columns hold microseconds, so time filters select with a
 * millisecond of slack and the exact rule is applied to the loaded aggregates.
 */
final class JdbcPresenceLog extends JdbcVersionedStore<PresenceId, Presence> implements PresenceLog {
    /** How many persons one query asks about. */
    private static final int BATCH = 500;

    JdbcPresenceLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Presence.class, "presence", "presence", List.of("person_id", "arrival", "departure"),
                List.of());
    }

    @Override
    protected Object[] columnValues(Presence p) {
        return new Object[] {p.person().toString(), Jdbc.timestamp(p.arrival()),
            p.departure().map(Jdbc::timestamp).orElse(null)};
    }

    @Override
    public Page<Presence> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "arrival DESC, id", page, office.value());
    }

    @Override
    public List<Presence> ofPerson(PersonId person) {
        return bodies("SELECT body FROM presence WHERE person_id = ? ORDER BY arrival DESC, id", person.toString());
    }

    @Override
    public Map<PersonId, List<Presence>> ofPersons(Collection<PersonId> persons) {
        Map<PersonId, List<Presence>> found = new LinkedHashMap<>();
        List<PersonId> unique = List.copyOf(new LinkedHashSet<>(persons));
        unique.forEach(p -> found.put(p, new ArrayList<>()));
        for (int from = 0; from < unique.size(); from += BATCH) {
            List<PersonId> batch = unique.subList(from, Math.min(unique.size(), from + BATCH));
            bodies("SELECT body FROM presence WHERE person_id IN (" + Jdbc.marks(batch.size())
                            + ") ORDER BY arrival DESC, id",
                    batch.stream().map(PersonId::toString).toArray())
                    .forEach(p -> found.get(p.person()).add(p));
        }
        return found;
    }

    /** Counted in one grouped query; instants compare to the microsecond, the stored precision. */
    @Override
    public Map<OfficeId, StayCounts> stayCounts(Collection<OfficeId> offices, Instant at) {
        Map<OfficeId, StayCounts> counts = new HashMap<>();
        if (offices.isEmpty()) {
            return counts;
        }
        // one row per person and office first (whether a stay covers the instant), then counted per office
        jdbc.query("SELECT office_id, COUNT(*), SUM(covered) FROM (SELECT office_id, person_id, MAX(CASE WHEN"
                        + " arrival <= ? AND (departure IS NULL OR departure > ?) THEN 1 ELSE 0 END) AS covered FROM"
                        + " presence WHERE office_id IN (" + Jdbc.marks(offices.size()) + ") GROUP BY office_id,"
                        + " person_id) persons GROUP BY office_id",
                rs -> counts.put(OfficeId.of(rs.getString(1)), new StayCounts(rs.getLong(2), rs.getLong(3))),
                Jdbc.officeParams(offices, at, at));
        return counts;
    }

    @Override
    public List<Presence> presentAt(OfficeId office, Instant instant) {
        return bodies("SELECT body FROM presence WHERE office_id = ? AND arrival <= ?"
                        + " AND (departure IS NULL OR departure >= ?)", office.value(), instant.plusMillis(1),
                instant.minusMillis(1)).stream().filter(p -> p.coversInstant(instant)).toList();
    }
}

package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Dialect;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JsonBody;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.port.out.PositionLog;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link PositionLog} on JDBC. */
final class JdbcPositionLog implements PositionLog {
    /**
     * On PostgreSQL: through the GiST index of V27 over the report's point and its instant as a
     * range, then exactly (the window's ends are checked once more on the loaded reports).
     */
    static final String POSTGRES_WITHIN = "SELECT body FROM position_report WHERE point(longitude, latitude)"
            + " <@ box(point(?, ?), point(?, ?)) AND tstzrange(reported_at, reported_at, '[]')"
            + " && tstzrange(CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ), '[]') AND office_id = ?"
            + " AND reported_at BETWEEN ? AND ? AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?";
    private final Jdbc jdbc;
    private final JsonBody<PositionReport> body;

    JdbcPositionLog(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.body = new JsonBody<>(json, PositionReport.class, "position report");
    }

    @Override
    public void append(PositionReport r) {
        String stored = body.write(r);
        jdbc.inTransaction(c -> {
            boolean exists = !Jdbc.query(c, "SELECT 1 FROM position_report WHERE id = ?", rs -> 1,
                    r.id().toString()).isEmpty();
            if (!exists) {
                try {
                    Jdbc.update(c, "INSERT INTO position_report (id, office_id, person_id, reported_at, latitude,"
                                    + " longitude, body) VALUES (?, ?, ?, ?, ?, ?, ?)", r.id().toString(),
                            r.office().value(), r.person().toString(), r.at(), r.position().latitude(),
                            r.position().longitude(), stored);
                } catch (SQLException e) {
                    if (!Jdbc.isConstraintViolation(e)) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<PositionReport> latest(PersonId person) {
        return ofPerson(person, 1).stream().findFirst();
    }

    @Override
    public List<PositionReport> ofPerson(PersonId person, int limit) {
        // the newest rows by microsecond column, then exact ordering on the loaded reports
        List<PositionReport> rows = read("SELECT body FROM position_report WHERE person_id = ?"
                + " AND reported_at >= (SELECT MIN(t.reported_at) FROM (SELECT reported_at FROM position_report"
                + " WHERE person_id = ? ORDER BY reported_at DESC LIMIT ?) t)", person.toString(), person.toString(),
                limit);
        return rows.stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public List<PositionReport> within(OfficeId office, GeoBox box, TimeWindow window) {
        if (jdbc.dialect() == Dialect.POSTGRESQL) {
            Instant from = window.from().minusMillis(1);
            Instant to = window.to().plusMillis(1);
            return read(POSTGRES_WITHIN, box.minLongitude(), box.minLatitude(), box.maxLongitude(), box.maxLatitude(), from, to,
                    office.value(), from, to, box.minLatitude(), box.maxLatitude(), box.minLongitude(),
                    box.maxLongitude())
                    .stream().filter(r -> window.contains(r.at())).toList();
        }
        return read("SELECT body FROM position_report WHERE office_id = ? AND reported_at BETWEEN ? AND ?"
                        + " AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?", office.value(),
                window.from().minusMillis(1), window.to().plusMillis(1), box.minLatitude(), box.maxLatitude(),
                box.minLongitude(), box.maxLongitude())
                .stream().filter(r -> window.contains(r.at())).toList();
    }

    private List<PositionReport> read(String sql, Object... params) {
        return jdbc.query(sql, rs -> body.read(rs.getString(1)), params);
    }
}

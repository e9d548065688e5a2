package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.port.out.MissionRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** {@link MissionRegistry} on JDBC, with a day-bucketed span table for the locator's candidate query. */
final class JdbcMissionRegistry extends JdbcVersionedStore<MissionId, Mission> implements MissionRegistry {
    private static final long SECONDS_PER_DAY = 86_400;

    JdbcMissionRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Mission.class, "mission", "mission", List.of(), List.of("mission_member", "mission_span"));
    }

    @Override
    protected Object[] columnValues(Mission m) {
        return new Object[0];
    }

    @Override
    protected void writeChildren(Connection c, Mission m) throws SQLException {
        String id = m.id().toString();
        for (PersonId p : m.members()) {
            Jdbc.update(c, "INSERT INTO mission_member (mission_id, person_id) VALUES (?, ?)", id, p.toString());
        }
        int seq = 0;
        for (ItineraryLeg leg : m.legs()) {
            span(c, m, seq++, leg.bounds(), leg.departure(), leg.arrival());
        }
        for (HotelStay stay : m.stays()) {
            GeoBox point = GeoBox.around(List.of(stay.hotel().point()));
            span(c, m, seq++, point, stay.checkIn(), stay.checkOut());
        }
    }

    private static void span(Connection c, Mission m, int seq, GeoBox box, Instant start, Instant end)
            throws SQLException {
        for (long day = day(start); day <= day(end); day++) {
            Jdbc.update(c, "INSERT INTO mission_span (mission_id, seq, day_bucket, office_id, min_latitude,"
                            + " min_longitude, max_latitude, max_longitude, starts_at, ends_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id().toString(), seq, (int) day,
                    m.office().value(), box.minLatitude(), box.minLongitude(), box.maxLatitude(), box.maxLongitude(),
                    start, end);
        }
    }

    private static long day(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), SECONDS_PER_DAY);
    }

    @Override
    public Page<Mission> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "id", page, office.value());
    }

    @Override
    public List<Mission> ofPerson(PersonId person) {
        return bodies("SELECT m.body FROM mission m JOIN mission_member p ON p.mission_id = m.id"
                + " WHERE p.person_id = ? ORDER BY m.id", person.toString());
    }

    @Override
    public List<Mission> candidatesWithin(OfficeId office, GeoBox box, TimeWindow window) {
        Instant from = window.from().minusMillis(1);
        Instant to = window.to().plusMillis(1);
        return bodies("SELECT body FROM mission WHERE id IN (SELECT s.mission_id FROM mission_span s"
                        + " WHERE s.office_id = ? AND s.day_bucket BETWEEN ? AND ?"
                        + " AND s.starts_at <= ? AND s.ends_at >= ?"
                        + " AND s.min_latitude <= ? AND s.max_latitude >= ?"
                        + " AND s.min_longitude <= ? AND s.max_longitude >= ?)",
                office.value(), (int) day(from), (int) day(to), to, from, box.maxLatitude(), box.minLatitude(),
                box.maxLongitude(), box.minLongitude());
    }
}

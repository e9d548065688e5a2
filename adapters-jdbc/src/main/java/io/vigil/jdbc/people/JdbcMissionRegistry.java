package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Dialect;
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
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MissionRegistry} on JDBC. Each itinerary leg and hotel stay is one row of
 * {@code mission_span_range}, with its box, its time span and its {@link SpanReach reach class},
 * however many days it covers; the locator's candidate query reads, per class, one index range of
 * the rows starting shortly enough before the window to reach into it. On PostgreSQL it reads
 * instead the GiST index of V27 over each row's box and time range.
 */
final class JdbcMissionRegistry extends JdbcVersionedStore<MissionId, Mission> implements MissionRegistry {
    /** Per reach class, the spans of the office starting in [?, ?] that end at or after ? and whose box meets ?. */
    private static final String CANDIDATES = candidatesQuery();
    /**
     * On PostgreSQL, the spans of the office whose box meets ? and whose time range meets [?, ?],
     * through the GiST index of V27 (PostgreSQL's box overlap allows a millionth of a degree: a
     * candidate more at worst, which the locator's exact check drops). The ids are gathered first
     * ({@code ARRAY(...)}), then the missions read by primary key: with {@code IN (...)} the planner
     * may choose to read every mission's body and join.
     */
    static final String POSTGRES_CANDIDATES = "SELECT body FROM mission WHERE id = ANY(ARRAY(SELECT DISTINCT"
            + " mission_id FROM mission_span_range WHERE box(point(min_longitude, min_latitude),"
            + " point(max_longitude, max_latitude)) && box(point(?, ?), point(?, ?))"
            + " AND tstzrange(starts_at, ends_at, '[]')"
            + " && tstzrange(CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ), '[]') AND office_id = ?))";

    JdbcMissionRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Mission.class, "mission", "mission", List.of(),
                List.of("mission_member", "mission_span_range"));
    }

    private static String candidatesQuery() {
        StringBuilder q = new StringBuilder("SELECT body FROM mission WHERE id IN (");
        for (int reach = 0; reach <= SpanReach.OPEN; reach++) {
            q.append(reach == 0 ? "" : " UNION ALL ")
                    .append("SELECT mission_id FROM mission_span_range WHERE office_id = ? AND reach = ")
                    .append(reach)
                    .append(reach == SpanReach.OPEN ? " AND starts_at <= ?" : " AND starts_at BETWEEN ? AND ?")
                    .append(" AND ends_at >= ? AND min_latitude <= ? AND max_latitude >= ?")
                    .append(" AND min_longitude <= ? AND max_longitude >= ?");
        }
        return q.append(")").toString();
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
        Jdbc.update(c, "INSERT INTO mission_span_range (mission_id, seq, office_id, reach, min_latitude,"
                        + " min_longitude, max_latitude, max_longitude, starts_at, ends_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id().toString(), seq, m.office().value(),
                SpanReach.of(start, end), box.minLatitude(), box.minLongitude(), box.maxLatitude(),
                box.maxLongitude(), start, end);
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
        // a millisecond either side, for a database that keeps instants less finely than Java
        Instant from = window.from().minusMillis(1);
        Instant to = window.to().plusMillis(1);
        if (jdbc.dialect() == Dialect.POSTGRESQL) {
            return bodies(POSTGRES_CANDIDATES, box.minLongitude(), box.minLatitude(), box.maxLongitude(),
                    box.maxLatitude(), from, to, office.value());
        }
        List<Object> params = new ArrayList<>();
        for (int reach = 0; reach <= SpanReach.OPEN; reach++) {
            params.add(office.value());
            if (reach < SpanReach.OPEN) {
                params.add(SpanReach.earliestStart(reach, from));
            }
            params.addAll(List.of(to, from, box.maxLatitude(), box.minLatitude(), box.maxLongitude(),
                    box.minLongitude()));
        }
        return bodies(CANDIDATES, params.toArray());
    }
}

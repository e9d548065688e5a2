package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Dialect;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.domain.Tenancy;
import io.vigil.people.port.out.ResidenceRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ResidenceRegistry} on JDBC. */
final class JdbcResidenceRegistry extends JdbcVersionedStore<ResidenceId, Residence> implements ResidenceRegistry {
    /** How many persons one query asks about. */
    private static final int BATCH = 500;
    /** On PostgreSQL: through the GiST index of V27 over {@code point(longitude, latitude)}, then exactly. */
    static final String POSTGRES_WITHIN = "SELECT body FROM residence WHERE point(longitude, latitude)"
            + " <@ box(point(?, ?), point(?, ?)) AND office_id = ? AND latitude BETWEEN ? AND ?"
            + " AND longitude BETWEEN ? AND ?";

    JdbcResidenceRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Residence.class, "residence", "residence", List.of("latitude", "longitude",
                "warden_zone_id", "moved_in_at", "moved_out_at"), List.of("residence_member"));
    }

    @Override
    protected Object[] columnValues(Residence r) {
        return new Object[] {r.location().latitude(), r.location().longitude(),
                r.wardenZone().map(WardenZoneId::value).orElse(null), r.movedIn().toString(),
                r.movedOut().map(Instant::toString).orElse(null)};
    }

    @Override
    protected void writeChildren(Connection c, Residence r) throws SQLException {
        for (PersonId p : r.residents()) {
            Jdbc.update(c, "INSERT INTO residence_member (residence_id, person_id) VALUES (?, ?)", r.id().toString(),
                    p.toString());
        }
    }

    @Override
    public Page<Residence> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "id", page, office.value());
    }

    @Override
    public Map<PersonId, List<Residence>> ofPersons(Collection<PersonId> persons) {
        Map<PersonId, List<Residence>> found = new LinkedHashMap<>();
        List<PersonId> unique = List.copyOf(new LinkedHashSet<>(persons));
        unique.forEach(p -> found.put(p, new ArrayList<>()));
        for (int from = 0; from < unique.size(); from += BATCH) {
            List<PersonId> batch = unique.subList(from, Math.min(unique.size(), from + BATCH));
            jdbc.query("SELECT m.person_id, r.body FROM residence r JOIN residence_member m ON m.residence_id = r.id"
                    + " WHERE m.person_id IN (" + Jdbc.marks(batch.size()) + ") ORDER BY r.id", rs -> {
                        found.get(PersonId.of(rs.getString(1))).add(read(rs.getString(2)));
                        return 1;
                    }, batch.stream().map(PersonId::toString).toArray());
        }
        return found;
    }

    /**
     * Reads the tenancy columns of V32, and the body only of a residence stored before them; in the
     * order of {@link #ofPersons} (by residence id), so the same tenancy wins a tie.
     */
    @Override
    public Map<PersonId, WardenZoneId> currentZones(Collection<PersonId> persons, Instant at) {
        Map<PersonId, List<Tenancy>> lived = new LinkedHashMap<>();
        List<PersonId> unique = List.copyOf(new LinkedHashSet<>(persons));
        unique.forEach(p -> lived.put(p, new ArrayList<>(1)));
        for (int from = 0; from < unique.size(); from += BATCH) {
            List<PersonId> batch = unique.subList(from, Math.min(unique.size(), from + BATCH));
            jdbc.query("SELECT m.person_id, r.warden_zone_id, r.moved_in_at, r.moved_out_at,"
                    + " CASE WHEN r.moved_in_at IS NULL THEN r.body END FROM residence r"
                    + " JOIN residence_member m ON m.residence_id = r.id"
                    + " WHERE m.person_id IN (" + Jdbc.marks(batch.size()) + ") ORDER BY r.id", rs -> {
                        String movedIn = rs.getString(3);
                        Tenancy t = movedIn == null ? read(rs.getString(5)).tenancy()
                                : new Tenancy(Instant.parse(movedIn), Optional.ofNullable(rs.getString(4))
                                .map(Instant::parse), Optional.ofNullable(rs.getString(2)).map(WardenZoneId::of));
                        lived.get(PersonId.of(rs.getString(1))).add(t);
                        return 1;
                    }, batch.stream().map(PersonId::toString).toArray());
        }
        Map<PersonId, WardenZoneId> zones = new LinkedHashMap<>();
        lived.forEach((person, tenancies) -> Tenancy.currentZone(tenancies, at)
                .ifPresent(zone -> zones.put(person, zone)));
        return zones;
    }

    @Override
    public List<Residence> ofPerson(PersonId person) {
        return bodies("SELECT r.body FROM residence r JOIN residence_member m ON m.residence_id = r.id"
                + " WHERE m.person_id = ? ORDER BY r.id", person.toString());
    }

    @Override
    public List<Residence> within(OfficeId office, GeoBox box) {
        if (jdbc.dialect() == Dialect.POSTGRESQL) {
            return bodies(POSTGRES_WITHIN, box.minLongitude(), box.minLatitude(), box.maxLongitude(), box.maxLatitude(), office.value(),
                    box.minLatitude(), box.maxLatitude(), box.minLongitude(), box.maxLongitude());
        }
        return bodies("SELECT body FROM residence WHERE office_id = ? AND latitude BETWEEN ? AND ?"
                        + " AND longitude BETWEEN ? AND ?", office.value(), box.minLatitude(), box.maxLatitude(),
                box.minLongitude(), box.maxLongitude());
    }
}

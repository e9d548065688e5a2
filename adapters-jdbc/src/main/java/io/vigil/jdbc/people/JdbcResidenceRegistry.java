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
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.out.ResidenceRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** {@link ResidenceRegistry} on JDBC. */
final class JdbcResidenceRegistry extends JdbcVersionedStore<ResidenceId, Residence> implements ResidenceRegistry {
    /** How many persons one query asks about. */
    private static final int BATCH = 500;
    /** On PostgreSQL: through the GiST index of V27 over {@code point(longitude, latitude)}, then exactly. */
    static final String POSTGRES_WITHIN = "SELECT body FROM residence WHERE point(longitude, latitude)"
            + " <@ box(point(?, ?), point(?, ?)) AND office_id = ? AND latitude BETWEEN ? AND ?"
            + " AND longitude BETWEEN ? AND ?";

    JdbcResidenceRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Residence.class, "residence", "residence", List.of("latitude", "longitude"),
                List.of("residence_member"));
    }

    @Override
    protected Object[] columnValues(Residence r) {
        return new Object[] {r.location().latitude(), r.location().longitude()};
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

package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.port.out.PersonDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link PersonDirectory} on JDBC. */
final class JdbcPersonDirectory extends JdbcVersionedStore<PersonId, Person> implements PersonDirectory {

    JdbcPersonDirectory(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Person.class, "person", "person",
                List.of("sort_key", "search_name", "category", "org_unit", "sponsor_id"), List.of());
    }

    @Override
    public Map<OfficeId, Long> countByOffice(Collection<OfficeId> offices) {
        Map<OfficeId, Long> counts = new HashMap<>();
        if (offices.isEmpty()) {
            return counts;
        }
        jdbc.query("SELECT office_id, COUNT(*) FROM person WHERE office_id IN (" + Jdbc.marks(offices.size())
                        + ") GROUP BY office_id", rs -> counts.put(OfficeId.of(rs.getString(1)), rs.getLong(2)),
                Jdbc.officeParams(offices));
        return counts;
    }

    @Override
    protected Object[] columnValues(Person p) {
        return new Object[] {p.sortKey(), p.displayName().toLowerCase(Locale.ROOT), p.category().name(), p.orgUnit(),
            p.sponsor().map(PersonId::toString).orElse(null)};
    }

    @Override
    public Page<Person> list(OfficeId office, PersonFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("office_id = ?");
        List<Object> params = new ArrayList<>(List.of(office.value()));
        filter.category().ifPresent(c -> {
            where.append(" AND category = ?");
            params.add(c.name());
        });
        filter.orgUnit().ifPresent(u -> {
            where.append(" AND org_unit = ?");
            params.add(u);
        });
        filter.nameContains().ifPresent(n -> {
            where.append(" AND search_name LIKE ? ESCAPE '!'");
            params.add("%" + n.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        return page(where.toString(), "sort_key", page, params.toArray());
    }

    @Override
    public List<Person> dependentsOf(PersonId sponsor) {
        return bodies("SELECT body FROM person WHERE sponsor_id = ? ORDER BY sort_key", sponsor.toString());
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        return byColumn("id", ids);
    }

    @Override
    public List<Person> dependentsOfAny(Collection<PersonId> sponsors) {
        return byColumn("sponsor_id", sponsors);
    }

    /** The persons whose {@code column} is any of the ids, 500 ids a query, in {@link Person#ORDER}. */
    private List<Person> byColumn(String column, Collection<PersonId> ids) {
        List<String> keys = ids.stream().map(PersonId::toString).distinct().toList();
        List<Person> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            found.addAll(bodies("SELECT body FROM person WHERE " + column + " IN ("
                    + Jdbc.marks(chunk.size()) + ")", chunk.toArray()));
        }
        found.sort(Person.ORDER);
        return found;
    }
}

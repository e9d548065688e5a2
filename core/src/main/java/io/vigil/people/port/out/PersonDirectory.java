package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonFilter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Outbound port: the office's persons (staff, consultants, dependents, visitors). */
public interface PersonDirectory extends VersionedStore<PersonId, Person> {

    /** The office's persons passing the filter, in {@link Person#ORDER}. */
    Page<Person> list(OfficeId office, PersonFilter filter, PageRequest page);

    /** The dependents whose sponsor is {@code sponsor}, in {@link Person#ORDER}. */
    List<Person> dependentsOf(PersonId sponsor);

    /** The persons with these ids that exist, in {@link Person#ORDER}. */
    List<Person> findAll(Collection<PersonId> ids);

    /**
     * The dependents whose sponsor is any of {@code sponsors}, in {@link Person#ORDER}: one query for
     * a page of households, where {@link #dependentsOf} would be one per sponsor.
     */
    List<Person> dependentsOfAny(Collection<PersonId> sponsors);

    /**
     * How many persons each of the offices holds: one aggregated read for all of them (the SOC's
     * overview). An office with no person is left out.
     */
    Map<OfficeId, Long> countByOffice(Collection<OfficeId> offices);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends PersonDirectory {
        /** The store's records, read whole on each query. */
        RecordQueries<PersonId, Person> query();

        @Override
        default Page<Person> list(OfficeId office, PersonFilter filter, PageRequest page) {
            return query().page(office, filter::matches, Person.ORDER, page);
        }

        @Override
        default List<Person> dependentsOf(PersonId sponsor) {
            return query().anyOffice(p -> p.sponsor().equals(Optional.of(sponsor)), Person.ORDER);
        }

        @Override
        default List<Person> findAll(Collection<PersonId> ids) {
            return query().byIds(ids, Person.ORDER);
        }

        @Override
        default List<Person> dependentsOfAny(Collection<PersonId> sponsors) {
            Set<PersonId> wanted = Set.copyOf(sponsors);
            return wanted.isEmpty() ? List.of()
                    : query().anyOffice(p -> p.sponsor().filter(wanted::contains).isPresent(), Person.ORDER);
        }

        @Override
        default Map<OfficeId, Long> countByOffice(Collection<OfficeId> offices) {
            Set<OfficeId> asked = Set.copyOf(offices);
            Map<OfficeId, Long> counts = new HashMap<>();
            query().anyOffice(p -> asked.contains(p.office()), Person.ORDER)
                    .forEach(p -> counts.merge(p.office(), 1L, Long::sum));
            return counts;
        }
    }
}

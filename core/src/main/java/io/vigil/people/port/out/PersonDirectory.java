package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonFilter;
import java.util.Collection;
import java.util.List;

/** Outbound port: the office's persons (staff, consultants, dependents, visitors). */
public interface PersonDirectory extends VersionedStore<PersonId, Person> {

    /** The office's persons passing the filter, in {@link Person#ORDER}. */
    Page<Person> list(OfficeId office, PersonFilter filter, PageRequest page);

    /** The dependents whose sponsor is {@code sponsor}, in {@link Person#ORDER}. */
    List<Person> dependentsOf(PersonId sponsor);

    /** The persons with these ids that exist, in {@link Person#ORDER}. */
    List<Person> findAll(Collection<PersonId> ids);
}

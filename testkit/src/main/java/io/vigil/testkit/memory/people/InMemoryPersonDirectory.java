package io.vigil.testkit.memory.people;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link PersonDirectory} in memory. */
public final class InMemoryPersonDirectory extends InMemoryVersionedStore<PersonId, Person> implements PersonDirectory {

    public InMemoryPersonDirectory() {
        super("person");
    }

    @Override
    public Page<Person> list(OfficeId office, PersonFilter filter, PageRequest page) {
        return Page.of(matching(office, filter::matches).sorted(Person.ORDER).toList(), page);
    }

    @Override
    public List<Person> dependentsOf(PersonId sponsor) {
        return matchingAnyOffice(p -> p.sponsor().equals(Optional.of(sponsor))).stream().sorted(Person.ORDER).toList();
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        return Set.copyOf(ids).stream().map(this::findById).flatMap(Optional::stream).sorted(Person.ORDER).toList();
    }
}

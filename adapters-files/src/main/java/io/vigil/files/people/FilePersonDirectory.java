package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.port.out.PersonDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link PersonDirectory} on JSON files. */
final class FilePersonDirectory extends FileVersionedStore<PersonId, Person> implements PersonDirectory {

    FilePersonDirectory(JsonDirectory<Person> files) {
        super(files, "person");
    }

    @Override
    public Page<Person> list(OfficeId office, PersonFilter filter, PageRequest page) {
        return query.page(office, filter::matches, Person.ORDER, page);
    }

    @Override
    public List<Person> dependentsOf(PersonId sponsor) {
        return query.anyOffice(p -> p.sponsor().equals(Optional.of(sponsor)), Person.ORDER);
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        return query.byIds(ids, Person.ORDER);
    }
}

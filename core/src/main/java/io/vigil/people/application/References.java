package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.Person;
import io.vigil.people.port.out.PersonDirectory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that persons a command names exist in the actor's office. */
final class References {
    private final PersonDirectory persons;

    @Inject
    References(PersonDirectory persons) {
        this.persons = persons;
    }

    Person person(OfficeId office, PersonId id, String field) {
        return persons.findById(id).filter(p -> p.office().equals(office))
                .orElseThrow(() -> InvalidCommandException.of(field, "no person " + id + " in office " + office));
    }

    void allExist(OfficeId office, List<PersonId> ids, String field) {
        Set<PersonId> found = persons.findAll(ids).stream().filter(p -> p.office().equals(office))
                .map(Person::id).collect(Collectors.toSet());
        List<FieldViolation> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!found.contains(ids.get(i))) {
                missing.add(new FieldViolation(field + "[" + i + "]",
                        "no person " + ids.get(i) + " in office " + office));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidCommandException(missing);
        }
    }

    static List<PersonId> union(PersonId first, Collection<PersonId> rest) {
        List<PersonId> all = new ArrayList<>();
        all.add(first);
        rest.stream().filter(p -> !p.equals(first)).forEach(all::add);
        return all;
    }
}

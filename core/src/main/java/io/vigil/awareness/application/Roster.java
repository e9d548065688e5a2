package io.vigil.awareness.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import java.util.List;
import java.util.Optional;

/** The persons of the office as the people context gives them, read with the actor's own access. */
final class Roster {
    /** The category of persons no course is required of. */
    static final String DEPENDENT = "DEPENDENT";

    private final ManagePersonsUseCase persons;

    Roster(ManagePersonsUseCase persons) {
        this.persons = persons;
    }

    /** The person, or not found (for an actor who may not read them, too). */
    PersonView person(Actor actor, PersonId id) {
        return persons.get(actor, id);
    }

    /** Throws a field violation on {@code field} unless the person is one of the actor's office. */
    void requireMember(Actor actor, PersonId id, String field) {
        try {
            persons.get(actor, id);
        } catch (NotFoundException e) {
            throw InvalidCommandException.of(field, "is not a person of office " + actor.office());
        }
    }

    /** Every person of the office (of one organisation unit if given), by name. */
    List<PersonView> office(Actor actor, Optional<String> unit) {
        return Page.all(page -> persons.list(actor, new PersonListQuery(null, unit.orElse(null), null), page));
    }

    /** The unit of the person an actor is, if the actor is one. */
    Optional<String> unitOf(Actor actor) {
        return actor.person().map(p -> persons.get(actor, p).orgUnit());
    }

    static boolean dependent(PersonView p) {
        return DEPENDENT.equals(p.category());
    }

}

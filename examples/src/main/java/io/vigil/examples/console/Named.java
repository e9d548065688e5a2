package io.vigil.examples.console;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.people.port.in.PeopleUseCases;
import java.util.List;
import java.util.Optional;

/**
 * A person a record names (a traveller, a passenger), with their name as the viewer may read it
 * through the people context (audited there), or why it is not shown.
 */
public record Named(String id, Shown<String> name) {

    /** The label a page shows: the name, or the withheld note. */
    public String label() {
        return name.value().orElse(name.withheld());
    }

    /** Each person's name as {@code actor} may read it. */
    static List<Named> all(PeopleUseCases people, Actor actor, List<PersonId> persons) {
        return persons.stream().map(p -> one(people, actor, p)).toList();
    }

    /** One person's name as {@code actor} may read it; a person no longer recorded is said so. */
    static Named one(PeopleUseCases people, Actor actor, PersonId person) {
        try {
            return new Named(person.toString(), Shown.of("Name", () -> people.persons().get(actor, person)
                    .displayName()));
        } catch (NotFoundException e) {
            return new Named(person.toString(), new Shown<>(Optional.empty(), "No longer recorded"));
        }
    }
}

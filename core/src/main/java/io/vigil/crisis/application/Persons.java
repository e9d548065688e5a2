package io.vigil.crisis.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The persons the crisis context names, checked against the office's personnel and named through their cards. */
final class Persons {
    private final PeopleUseCases people;

    Persons(PeopleUseCases people) {
        this.people = people;
    }

    /**
     * Refuses, naming every field, the persons the actor cannot see as persons of their office.
     *
     * @param named each person with the field that names them ({@code seats[0].principal})
     */
    void require(Actor actor, Map<String, PersonId> named) {
        if (named.isEmpty()) {
            return;
        }
        Map<PersonId, PersonCard> cards = people.cards().cards(actor, List.copyOf(named.values()));
        List<FieldViolation> violations = new ArrayList<>();
        named.forEach((field, person) -> {
            if (!cards.containsKey(person)) {
                violations.add(new FieldViolation(field, "is not a person of the office, was " + person));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
    }

    /** Each person's name, for those the actor may see. */
    Map<PersonId, String> names(Actor actor, List<PersonId> persons) {
        Map<PersonId, String> names = new LinkedHashMap<>();
        if (!persons.isEmpty()) {
            people.cards().cards(actor, persons).forEach((p, card) -> names.put(p, card.name()));
        }
        return names;
    }
}

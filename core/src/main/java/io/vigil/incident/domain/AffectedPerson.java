package io.vigil.incident.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.Optional;

/**
 * A person affected by an incident: their name, the person of the office they are (if they are
 * one: staff, dependants; empty for a driver of a contractor, a bystander) and what happened to them.
 */
public record AffectedPerson(Optional<PersonId> person, String name, Harm harm) {
    public AffectedPerson {
        person = person == null ? Optional.empty() : person;
        name = Require.text(name, "name", 200);
        Require.nonNull(harm, "harm");
    }
}

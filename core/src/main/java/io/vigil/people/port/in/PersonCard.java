package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.List;
import java.util.Optional;

/**
 * One person as another context's screen shows them (a roll-call): name, category, organisation
 * unit, household (their sponsor, or the dependents they sponsor, as the personnel records say) and
 * their phones, preferred first, when the reader may read their contacts ({@code phones} empty then;
 * a present but empty list means none is recorded). Plain values only, so no context depends on the
 * personnel domain.
 */
public record PersonCard(PersonId person, String name, String category, String orgUnit, Optional<Member> sponsor,
                         List<Member> dependents, Optional<List<String>> phones) {
    public PersonCard {
        Require.nonNull(person, "person");
        Require.nonNull(name, "name");
        Require.nonNull(category, "category");
        Require.nonNull(orgUnit, "orgUnit");
        Require.nonNull(sponsor, "sponsor");
        dependents = List.copyOf(dependents);
        phones = Require.nonNull(phones, "phones").map(List::copyOf);
    }

    /** A member of the person's household, by id and name. */
    public record Member(PersonId person, String name) {
        public Member {
            Require.nonNull(person, "person");
            Require.nonNull(name, "name");
        }
    }
}

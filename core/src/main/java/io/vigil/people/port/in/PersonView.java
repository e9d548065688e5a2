package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.DataClass;
import io.vigil.people.domain.Person;
import java.util.Set;

/** A person as one actor may see them: the classes in {@code withheld} were removed for need-to-know. */
public record PersonView(Person person, Set<DataClass> withheld) {
    public PersonView {
        withheld = Set.copyOf(withheld);
    }

    /** The person's id. */
    public PersonId personId() {
        return person.id();
    }

    /** "Given Family", as plain text for other contexts. */
    public String displayName() {
        return person.displayName();
    }

    /** The person's organisation unit, as plain text for other contexts. */
    public String orgUnit() {
        return person.orgUnit();
    }

    /** The person's category ({@code NATIONAL_STAFF}, {@code DEPENDENT}, ...), as plain text for other contexts. */
    public String category() {
        return person.category().name();
    }
}

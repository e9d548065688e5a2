package io.vigil.people.port.in;

import io.vigil.kernel.access.DataClass;
import io.vigil.people.domain.Person;
import java.util.Set;

/** A person as one actor may see them: the classes in {@code withheld} were removed for need-to-know. */
public record PersonView(Person person, Set<DataClass> withheld) {
    public PersonView {
        withheld = Set.copyOf(withheld);
    }
}

package io.vigil.people.port.in;

import io.vigil.people.domain.PersonCategory;
import jakarta.validation.constraints.Size;

/** Filters of the person list; each may be null (no narrowing). */
public record PersonListQuery(PersonCategory category, @Size(max = 100) String orgUnit,
                              @Size(max = 100) String nameContains) {
    /** No narrowing. */
    public static PersonListQuery all() {
        return new PersonListQuery(null, null, null);
    }
}

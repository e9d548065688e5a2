package io.vigil.people.domain;

import io.vigil.kernel.Require;
import java.util.Locale;
import java.util.Optional;

/** Narrows a person list: by category, organisation unit, and a case-insensitive name fragment. */
public record PersonFilter(Optional<PersonCategory> category, Optional<String> orgUnit, Optional<String> nameContains) {
    public PersonFilter {
        Require.nonNull(category, "category");
        Require.nonNull(orgUnit, "orgUnit");
        nameContains = Require.nonNull(nameContains, "nameContains").map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty());
    }

    /** No narrowing. */
    public static PersonFilter all() {
        return new PersonFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the person passes the filter. */
    public boolean matches(Person p) {
        return category.map(c -> c == p.category()).orElse(true)
                && orgUnit.map(p.orgUnit()::equals).orElse(true)
                && nameContains.map(n -> p.displayName().toLowerCase(Locale.ROOT).contains(n)).orElse(true);
    }
}

package io.vigil.people.port.in;

import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach one person, for other contexts that send messages: their name, category and, per
 * contact kind ({@code PHONE}, {@code EMAIL}, {@code MESSAGING}, {@code RADIO}), their preferred
 * address of that kind, and the language they prefer their messages in, if any. Plain values only, so no context depends on the personnel domain.
 */
public record Reachable(PersonId person, String displayName, String category, Map<String, String> addresses,
                        Optional<Language> language) {
    public Reachable {
        Require.nonNull(person, "person");
        Require.nonNull(displayName, "displayName");
        Require.nonNull(category, "category");
        addresses = Map.copyOf(addresses);
        Require.nonNull(language, "language");
    }

    /** One who prefers no language (the office's default applies). */
    public Reachable(PersonId person, String displayName, String category, Map<String, String> addresses) {
        this(person, displayName, category, addresses, Optional.empty());
    }
}

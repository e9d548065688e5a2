package io.vigil.kernel;

import java.util.UUID;

/** Identifies a person (staff, consultant, dependent or mission visitor) across every context. */
public record PersonId(UUID value) {
    public PersonId {
        Require.nonNull(value, "personId");
    }

    /** A new random id. */
    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text; throws {@link IllegalArgumentException} naming the field. */
    public static PersonId of(String text) {
        return new PersonId(Ids.parse(text, "personId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

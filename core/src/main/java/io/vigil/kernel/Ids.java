package io.vigil.kernel;

import java.util.UUID;

/** Parsing shared by the UUID-based typed ids. */
public final class Ids {
    private Ids() {
    }

    /** Parses {@code text} as a UUID, or throws {@link InvalidValueException} naming {@code field}. */
    public static UUID parse(String text, String field) {
        Require.nonNull(text, field);
        try {
            UUID uuid = UUID.fromString(text);
            Require.that(uuid.toString().equalsIgnoreCase(text), field, "must be a UUID, was '" + text + "'");
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be a UUID, was '" + text + "'", e);
        }
    }
}

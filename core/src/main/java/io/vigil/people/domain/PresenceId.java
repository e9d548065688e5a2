package io.vigil.people.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a presence. */
public record PresenceId(UUID value) {
    public PresenceId {
        Require.nonNull(value, "presenceId");
    }

    /** A new random id. */
    public static PresenceId random() {
        return new PresenceId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static PresenceId of(String text) {
        return new PresenceId(Ids.parse(text, "presenceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

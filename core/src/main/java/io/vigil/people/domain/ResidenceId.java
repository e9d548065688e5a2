package io.vigil.people.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a residence. */
public record ResidenceId(UUID value) {
    public ResidenceId {
        Require.nonNull(value, "residenceId");
    }

    /** A new random id. */
    public static ResidenceId random() {
        return new ResidenceId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ResidenceId of(String text) {
        return new ResidenceId(Ids.parse(text, "residenceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

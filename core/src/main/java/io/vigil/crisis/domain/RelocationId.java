package io.vigil.crisis.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a declared relocation or evacuation. */
public record RelocationId(UUID value) {
    public RelocationId {
        Require.nonNull(value, "relocationId");
    }

    /** A new random id. */
    public static RelocationId random() {
        return new RelocationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static RelocationId of(String text) {
        return new RelocationId(Ids.parse(text, "relocationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.vigil.movement.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a visit (a protective operation). */
public record VisitId(UUID value) {
    public VisitId {
        Require.nonNull(value, "visitId");
    }

    /** A new random id. */
    public static VisitId random() {
        return new VisitId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static VisitId of(String text) {
        return new VisitId(Ids.parse(text, "visitId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

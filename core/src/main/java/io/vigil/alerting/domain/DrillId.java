package io.vigil.alerting.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a timed drill of a telephone tree. */
public record DrillId(UUID value) {
    public DrillId {
        Require.nonNull(value, "drillId");
    }

    /** A new random id. */
    public static DrillId random() {
        return new DrillId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static DrillId of(String text) {
        return new DrillId(Ids.parse(text, "drillId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.vigil.alerting.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies an on-call shift. */
public record ShiftId(UUID value) {
    public ShiftId {
        Require.nonNull(value, "shiftId");
    }

    /** A new random id. */
    public static ShiftId random() {
        return new ShiftId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ShiftId of(String text) {
        return new ShiftId(Ids.parse(text, "shiftId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

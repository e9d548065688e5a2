package io.vigil.travel.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a record of the travel context (airOperator). */
public record AirOperatorId(UUID value) {
    public AirOperatorId {
        Require.nonNull(value, "airOperatorId");
    }

    /** A new random id. */
    public static AirOperatorId random() {
        return new AirOperatorId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static AirOperatorId of(String text) {
        return new AirOperatorId(Ids.parse(text, "airOperatorId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

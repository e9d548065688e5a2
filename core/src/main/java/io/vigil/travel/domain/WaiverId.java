package io.vigil.travel.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a record of the travel context (waiver). */
public record WaiverId(UUID value) {
    public WaiverId {
        Require.nonNull(value, "waiverId");
    }

    /** A new random id. */
    public static WaiverId random() {
        return new WaiverId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static WaiverId of(String text) {
        return new WaiverId(Ids.parse(text, "waiverId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.vigil.risk.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a restricted or high-risk area. */
public record RestrictedAreaId(UUID value) {
    public RestrictedAreaId {
        Require.nonNull(value, "restrictedAreaId");
    }

    /** A new random id. */
    public static RestrictedAreaId random() {
        return new RestrictedAreaId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static RestrictedAreaId of(String text) {
        return new RestrictedAreaId(Ids.parse(text, "restrictedAreaId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.vigil.awareness.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a briefing record of the awareness context. */
public record BriefingId(UUID value) {
    public BriefingId {
        Require.nonNull(value, "briefingId");
    }

    /** A new random id. */
    public static BriefingId random() {
        return new BriefingId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static BriefingId of(String text) {
        return new BriefingId(Ids.parse(text, "briefingId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.vigil.alerting.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a security advisory. */
public record AdvisoryId(UUID value) {
    public AdvisoryId {
        Require.nonNull(value, "advisoryId");
    }

    /** A new random id. */
    public static AdvisoryId random() {
        return new AdvisoryId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static AdvisoryId of(String text) {
        return new AdvisoryId(Ids.parse(text, "advisoryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

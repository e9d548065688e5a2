package io.vigil.risk.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a premises project (office selection, construction, renovation, move) of the risk context. */
public record PremisesProjectId(UUID value) {
    public PremisesProjectId {
        Require.nonNull(value, "premisesProjectId");
    }

    /** A new random id. */
    public static PremisesProjectId random() {
        return new PremisesProjectId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static PremisesProjectId of(String text) {
        return new PremisesProjectId(Ids.parse(text, "premisesProjectId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

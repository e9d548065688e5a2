package io.vigil.movement.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a MEDEVAC plan. */
public record MedevacPlanId(UUID value) {
    public MedevacPlanId {
        Require.nonNull(value, "medevacPlanId");
    }

    /** A new random id. */
    public static MedevacPlanId random() {
        return new MedevacPlanId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static MedevacPlanId of(String text) {
        return new MedevacPlanId(Ids.parse(text, "medevacPlanId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

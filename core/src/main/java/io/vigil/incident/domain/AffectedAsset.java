package io.vigil.incident.domain;

import io.vigil.kernel.Require;

/** An asset affected by an incident (a vehicle, premises, equipment) and its damage. */
public record AffectedAsset(String description, Damage damage) {
    public AffectedAsset {
        description = Require.text(description, "description", 300);
        Require.nonNull(damage, "damage");
    }
}

package io.vigil.movement.domain;

import io.vigil.kernel.Require;

/** A protective measure of a visit and the threat it answers. */
public record ProtectiveMeasure(String threat, String measure) {
    public ProtectiveMeasure {
        threat = Require.text(threat, "threat", 300);
        measure = Require.text(measure, "measure", 1_000);
    }
}

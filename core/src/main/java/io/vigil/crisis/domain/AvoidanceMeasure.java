package io.vigil.crisis.domain;

import io.vigil.kernel.Require;

/** A measure to avoid risk, of one kind, with what it means for this office. */
public record AvoidanceMeasure(MeasureKind kind, String description) {
    public AvoidanceMeasure {
        Require.nonNull(kind, "kind");
        description = Require.text(description, "description", 1000);
    }
}

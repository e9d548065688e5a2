package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** A security risk management measure: what is done, who owns it, by when, and how far it is. */
public record Measure(String description, String owner, Instant due, MeasureStatus status) {
    public Measure {
        description = Require.text(description, "description", 1000);
        owner = Require.text(owner, "owner", 200);
        Require.nonNull(due, "due");
        Require.nonNull(status, "status");
    }
}

package io.vigil.crisis.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A review or a test of the plan: when it happened (not in the future, by the injected clock) and a note. */
public record PlanCheckDetails(@NotNull Instant at, @Size(max = 1000) String note) {
}

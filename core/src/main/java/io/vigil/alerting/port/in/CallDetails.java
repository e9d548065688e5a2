package io.vigil.alerting.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A call made during a drill: who called whom, when (default now) and whether they answered. */
public record CallDetails(@NotNull PersonId caller, @NotNull PersonId callee, Instant at, boolean answered) {
}

package io.vigil.guard.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A labour-standard violation the officer waives, by its key, and why. */
public record ViolationWaiverDetails(@NotBlank @Size(max = 200) String violation, @NotBlank @Size(max = 1000) String reason) {
}

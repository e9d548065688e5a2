package io.vigil.movement.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A protective measure and the threat it answers. */
public record ProtectiveMeasureDetails(@NotBlank @Size(max = 300) String threat, @NotBlank @Size(max = 1000) String measure) {
}

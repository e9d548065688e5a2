package io.vigil.awareness.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A course's new validity in months (none: no expiry) and why it changes. */
public record ValidityDetails(@Min(1) @Max(240) Integer validityMonths, @NotBlank @Size(max = 1000) String reason) {
}

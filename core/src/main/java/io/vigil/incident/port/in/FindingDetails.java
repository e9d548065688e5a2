package io.vigil.incident.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One finding of an enquiry. */
public record FindingDetails(@NotBlank @Size(max = 2000) String text) {
}

package io.vigil.risk.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The evidence that an approval's condition is met (a report, a photo, a certificate reference). */
public record ClosureDetails(@NotBlank @Size(max = 500) String evidence) {
}

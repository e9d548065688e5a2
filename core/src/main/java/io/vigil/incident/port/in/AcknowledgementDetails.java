package io.vigil.incident.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An acknowledgement by a member of the reporting chain, named by role ({@code COM}, {@code RSO}, ...). */
public record AcknowledgementDetails(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String role) {
}

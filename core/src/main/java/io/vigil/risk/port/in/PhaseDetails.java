package io.vigil.risk.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A phase of a premises project: its name and dates. */
public record PhaseDetails(@NotBlank @Size(max = 100) String name, @NotNull LocalDate start, @NotNull LocalDate end) {
}

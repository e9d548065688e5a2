package io.vigil.guard.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An extension of a contract's term: the new end and the amendment's reference. */
public record ExtensionDetails(@NotNull LocalDate newEnd, @NotBlank @Size(max = 100) String reference) {
}

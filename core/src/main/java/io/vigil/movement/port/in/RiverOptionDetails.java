package io.vigil.movement.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A river transport option as a caller records it. */
public record RiverOptionDetails(
        @NotBlank @Size(max = 200) String operator,
        @NotBlank @Size(max = 500) String route,
        @NotBlank @Size(max = 200) String vessel,
        @Min(1) @Max(500) int seats,
        @Min(0) @Max(1000) int lifeJackets,
        @NotNull LocalDate validUntil,
        @Size(max = 2000) String notes) {
    public RiverOptionDetails {
        notes = notes == null || notes.isBlank() ? null : notes;
    }
}

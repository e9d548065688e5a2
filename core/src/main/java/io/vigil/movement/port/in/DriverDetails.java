package io.vigil.movement.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A driver as a caller records it; the person is a person of the office. */
public record DriverDetails(
        @NotNull PersonId person,
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate licenceValidUntil,
        @NotNull LocalDate lastCheck,
        @Min(1) @Max(1096) int checkIntervalDays) {
}

package io.vigil.movement.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A vehicle as a caller records it. */
public record VehicleDetails(
        @NotBlank @Size(max = 20) String plate,
        @NotBlank @Size(max = 200) String description,
        boolean radio,
        @NotNull LocalDate insuredUntil,
        @NotNull LocalDate inspectionDue,
        @Size(max = 40) List<@NotBlank @Size(max = 100) String> equipment) {
    public VehicleDetails {
        equipment = equipment == null ? List.of() : equipment;
    }
}

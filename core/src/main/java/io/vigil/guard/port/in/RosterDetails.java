package io.vigil.guard.port.in;

import io.vigil.guard.domain.Guard;
import io.vigil.guard.domain.Shift;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A vendor's roster for a period of a contract: its guards and their shifts. */
public record RosterDetails(
        @NotNull UUID contract,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @Size(max = 500) List<@NotNull Guard> guards,
        @NotNull @Size(max = 5000) List<@NotNull Shift> shifts) {
}

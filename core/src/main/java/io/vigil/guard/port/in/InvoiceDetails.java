package io.vigil.guard.port.in;

import io.vigil.guard.domain.InvoiceLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A vendor's invoice for a period of a contract: its number, one line per post, and the roster it rests on. */
public record InvoiceDetails(
        @NotNull UUID contract,
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotEmpty @Size(max = 100) List<@NotNull InvoiceLine> lines,
        UUID roster) {
}

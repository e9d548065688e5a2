package io.vigil.guard.port.in;

import io.vigil.guard.domain.Evidence;
import io.vigil.guard.domain.IssueType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A performance issue as recorded: contract, type, post, day, hours affected, the guard if known, its evidence. */
public record IssueDetails(
        @NotNull UUID contract,
        @NotNull IssueType type,
        @NotBlank @Size(max = 20) String post,
        @NotNull LocalDate date,
        @NotNull @DecimalMin("0") @DecimalMax("480") @Digits(integer = 3, fraction = 2) BigDecimal hours,
        @Size(max = 40) String badge,
        @NotNull Evidence evidence,
        @NotBlank @Size(max = 2000) String description) {
}

package io.vigil.guard.port.in;

import io.vigil.guard.domain.ExtensionDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a security officer or associate says about a performance review: the contract, the period
 * (both days included), the extension decision ({@code UNDECIDED} if left out) and its reasons (at
 * least one for a decision to extend or not). The issues, deductions and inspections are gathered
 * from the stores, never sent.
 */
public record PerformanceReviewDetails(
        @NotNull UUID contract,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        ExtensionDecision decision,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> reasons) {
    public PerformanceReviewDetails {
        decision = decision == null ? ExtensionDecision.UNDECIDED : decision;
        reasons = reasons == null ? List.of() : reasons;
    }
}

package io.vigil.guard.port.in;

import io.vigil.guard.domain.CertificationTerms;
import io.vigil.guard.domain.DeductionRule;
import io.vigil.guard.domain.Extension;
import io.vigil.guard.domain.ProcurementRecord;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller says about a guard-force contract. {@code currency} is an ISO 4217 code, {@code country}
 * the ISO 3166 code whose labour standards and public holidays apply; {@code terms} default to 95 %,
 * a factor of 2 and no tolerance, {@code noticeMonths} to 3, {@code inspectionEveryDays} to 30, {@code reviewEveryDays} (the days between performance
 * reviews) to 90.
 */
public record ContractDetails(
        @NotBlank @Size(max = 100) String reference,
        @NotBlank @Size(max = 200) String vendor,
        @NotBlank @Size(max = 200) String vendorSubject,
        @NotNull ProcurementRecord procurement,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        @Size(max = 20) List<@NotNull Extension> extensions,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as MXN") String currency,
        @Min(0) @Max(24) Integer noticeMonths,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as MX") String country,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid PostDetails> posts,
        @Size(max = 8) List<@NotNull DeductionRule> deductions,
        CertificationTerms terms,
        @Min(1) @Max(365) Integer inspectionEveryDays,
        @Min(1) @Max(366) Integer reviewEveryDays) {
    public ContractDetails {
        extensions = extensions == null ? List.of() : extensions;
        deductions = deductions == null ? List.of() : deductions;
    }
}

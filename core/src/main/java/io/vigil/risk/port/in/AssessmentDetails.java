package io.vigil.risk.port.in;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What a caller says about a security risk assessment.
 *
 * @param area          the assessed area's outline (country, region or city), at least 3 vertices
 * @param securityLevel optional legacy security level, 1 (minimal) to 6 (extreme)
 */
public record AssessmentDetails(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 3, max = 1000) List<@NotNull GeoPoint> area,
        @NotNull Instant validFrom,
        @NotNull Instant validTo,
        @Size(max = 10_000) String summary,
        @NotNull @Size(max = 200) List<@NotNull Risk> risks,
        @NotNull ProgrammeCriticality criticality,
        @Min(1) @Max(6) Integer securityLevel,
        @NotNull Instant reviewDue) {
    public AssessmentDetails {
        risks = risks == null ? List.of() : risks;
    }

    /** The same details with another security level. */
    public AssessmentDetails withSecurityLevel(Integer level) {
        return new AssessmentDetails(title, area, validFrom, validTo, summary, risks, criticality, level, reviewDue);
    }
}

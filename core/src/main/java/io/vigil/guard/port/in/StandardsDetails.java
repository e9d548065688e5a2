package io.vigil.guard.port.in;

import io.vigil.guard.domain.MinimumWage;
import io.vigil.guard.domain.PublicHoliday;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/**
 * What a caller says about a country's labour standards; a limit left out is not checked. Night
 * hours default to 20:00–06:00 and a shift is mixed below 3.5 night hours (Mexico's rule).
 */
public record StandardsDetails(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as MX") String country,
        @NotBlank @Size(max = 200) String name,
        @DecimalMin("0") @DecimalMax("168") BigDecimal maxDayShiftHours,
        @DecimalMin("0") @DecimalMax("168") BigDecimal maxNightShiftHours,
        @DecimalMin("0") @DecimalMax("168") BigDecimal maxMixedShiftHours,
        @DecimalMin("0") @DecimalMax("168") BigDecimal maxDailyOvertimeHours,
        @Min(0) @Max(7) Integer maxOvertimeDaysPerWeek,
        @DecimalMin("0") @DecimalMax("168") BigDecimal maxWeeklyHours,
        @DecimalMin("0") @DecimalMax("168") BigDecimal minWeeklyRestHours,
        LocalTime nightStarts,
        LocalTime nightEnds,
        @DecimalMin("0") @DecimalMax("24") BigDecimal mixedNightLimit,
        @Size(max = 50) List<@NotNull MinimumWage> wages,
        @Size(max = 400) List<@NotNull PublicHoliday> holidays) {
    public StandardsDetails {
        wages = wages == null ? List.of() : wages;
        holidays = holidays == null ? List.of() : holidays;
    }
}

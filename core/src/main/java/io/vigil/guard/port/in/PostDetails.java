package io.vigil.guard.port.in;

import io.vigil.guard.domain.ShiftWindow;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a caller says about a post: its code and name, its site (the id of a facility of the risk
 * context), its shift windows, guards per shift, armed or not, the qualifications required, the
 * hourly rate and the public-holiday multiplier (default 2.0).
 */
public record PostDetails(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull UUID site,
        @NotEmpty @Size(max = 21) List<@NotNull ShiftWindow> schedule,
        @NotNull @Min(1) @Max(20) Integer guardsPerShift,
        Boolean armed,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> qualifications,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 4) BigDecimal hourlyRate,
        @DecimalMin("1") @DecimalMax("5") @Digits(integer = 1, fraction = 2) BigDecimal holidayMultiplier) {
    public PostDetails {
        qualifications = qualifications == null ? List.of() : qualifications;
    }
}

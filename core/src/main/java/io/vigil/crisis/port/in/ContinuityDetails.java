package io.vigil.crisis.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The security inputs of the business continuity plan: its critical functions. */
public record ContinuityDetails(@NotNull @Size(max = 50) List<@NotNull @Valid FunctionDetails> functions) {

    /** A critical function: threats, alternate site, minimum staff, recovery time objective and maximum tolerable disruption (hours). */
    public record FunctionDetails(@NotBlank @Size(max = 200) String name,
                                  @Size(max = 20) List<@NotBlank @Size(max = 200) String> threats,
                                  @NotBlank @Size(max = 300) String alternateSite,
                                  @Min(1) @Max(10_000) int minimumStaff,
                                  @Min(1) @Max(8_760) int recoveryTimeHours,
                                  @Min(1) @Max(8_760) int maxTolerableHours) {
        public FunctionDetails {
            threats = threats == null ? List.of() : threats;
        }
    }
}

package io.vigil.awareness.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An office's awareness settings as a caller sets them. */
public record AwarenessPolicyDetails(
        @NotNull @Size(min = 1, max = 6) List<@NotNull @Min(1) @Max(365) Integer> warningDays,
        @Min(1) @Max(90) int onArrivalDays) {
}

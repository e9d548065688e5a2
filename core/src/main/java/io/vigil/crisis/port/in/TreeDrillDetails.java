package io.vigil.crisis.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A phone-tree drill to run as part of a drill: the alerting context's tree, and the minutes to reach everyone. */
public record TreeDrillDetails(@NotBlank @Size(max = 64) String tree, @Min(1) @Max(1440) int targetMinutes) {
}

package io.vigil.movement.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An office's movement settings as a caller sets them. */
public record MovementSettingsDetails(
        @NotBlank @Size(max = 60) String timeZone,
        @Min(1) @Max(720) int leaderAfterMinutes,
        @Min(0) @Max(20) int convoyLeaderAbove,
        @Min(1) @Max(20) int maxVehicles,
        boolean radioLeadAndLast) {
}

package io.vigil.movement.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * An office's movement settings as a caller sets them. The time zone is the office profile's when it
 * is set: leave it out (or give that one); it is stored only for an office without a profile.
 */
public record MovementSettingsDetails(
        @Size(max = 60) String timeZone,
        @Min(1) @Max(720) int leaderAfterMinutes,
        @Min(0) @Max(20) int convoyLeaderAbove,
        @Min(1) @Max(20) int maxVehicles,
        boolean radioLeadAndLast) {
}

package io.vigil.movement.port.in;

import io.vigil.movement.domain.MovementSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * An office's movement settings as a caller sets them. The time zone is the office profile's when it
 * is set: leave it out (or give that one); it is stored only for an office without a profile;
 * {@code supportLeadDays} (1 to 180, absent: 14) is how many days before a visit starts its
 * support requests are due.
 */
public record MovementSettingsDetails(
        @Size(max = 60) String timeZone,
        @Min(1) @Max(720) int leaderAfterMinutes,
        @Min(0) @Max(20) int convoyLeaderAbove,
        @Min(1) @Max(20) int maxVehicles,
        boolean radioLeadAndLast,
        @Min(1) @Max(MovementSettings.MAX_SUPPORT_LEAD_DAYS) Integer supportLeadDays) {
}

package io.vigil.rest.movement;

import io.vigil.movement.domain.MovementSettings;

/** The office's movement settings; version 0 is the standard one (UTC, 30 minutes, 5/8/radios, 14 days
 * of lead time for a visit's support requests), not yet set. */
public record MovementSettingsResource(String office, long version, String timeZone, int leaderAfterMinutes,
                                       int convoyLeaderAbove, int maxVehicles, boolean radioLeadAndLast,
                                       int supportLeadDays) {

    /** The settings as stored. */
    public static MovementSettingsResource from(MovementSettings s) {
        return new MovementSettingsResource(s.office().value(), s.version(), s.timeZone(), s.leaderAfterMinutes(),
                s.convoy().leaderAbove(), s.convoy().maxVehicles(), s.convoy().radioLeadAndLast(),
                s.supportLeadDays());
    }
}

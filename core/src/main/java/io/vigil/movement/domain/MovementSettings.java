package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * An office's movement settings, one per office and identified by it: its time zone (the days of
 * insurance, inspections and licences are the office's days), the minutes after a movement becomes
 * overdue at which the crisis team leader is told (the officer on call is told at once), and its
 * convoy rules.
 */
public record MovementSettings(OfficeId id, long version, String timeZone, int leaderAfterMinutes,
                               ConvoyRules convoy) implements Versioned<OfficeId, MovementSettings> {
    /** The longest delay before the crisis team leader is told, in minutes. */
    public static final int MAX_LEADER_AFTER = 720;

    public MovementSettings {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        timeZone = Require.text(timeZone, "timeZone", 60);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            Require.that(false, "timeZone", "must be a time zone such as America/Mexico_City, was '" + timeZone + "'");
        }
        Require.that(leaderAfterMinutes >= 1 && leaderAfterMinutes <= MAX_LEADER_AFTER, "leaderAfterMinutes",
                "must be between 1 and " + MAX_LEADER_AFTER + ", was " + leaderAfterMinutes);
        Require.nonNull(convoy, "convoy");
    }

    /** The defaults, for an office that has set nothing (version 0: not stored): UTC, 30 minutes, the standard rules. */
    public static MovementSettings standard(OfficeId office) {
        return new MovementSettings(office, 0, "UTC", 30, ConvoyRules.standard());
    }

    /** The office's time zone. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @Override
    public OfficeId office() {
        return id;
    }

    @Override
    public MovementSettings withVersion(long newVersion) {
        return new MovementSettings(id, newVersion, timeZone, leaderAfterMinutes, convoy);
    }
}

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
 * convoy rules, and how many days before a visit starts its requests for security support are due
 * (one made later is late; standard 14).
 */
public record MovementSettings(OfficeId id, long version, String timeZone, int leaderAfterMinutes,
                               ConvoyRules convoy, int supportLeadDays) implements Versioned<OfficeId, MovementSettings> {
    /** The longest delay before the crisis team leader is told, in minutes. */
    public static final int MAX_LEADER_AFTER = 720;
    /** The standard lead time of a visit's support requests, in days: one made later is late. */
    public static final int STANDARD_SUPPORT_LEAD_DAYS = 14;
    /** The longest lead time of a visit's support requests, in days. */
    public static final int MAX_SUPPORT_LEAD_DAYS = 180;

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
        // settings stored before the support lead time existed read it as 0: they keep the standard
        supportLeadDays = supportLeadDays == 0 ? STANDARD_SUPPORT_LEAD_DAYS : supportLeadDays;
        Require.that(supportLeadDays >= 1 && supportLeadDays <= MAX_SUPPORT_LEAD_DAYS, "supportLeadDays",
                "must be between 1 and " + MAX_SUPPORT_LEAD_DAYS + ", was " + supportLeadDays);
    }

    /** The defaults, for an office that has set nothing (version 0: not stored): UTC, 30 minutes, the standard rules, 14 days. */
    public static MovementSettings standard(OfficeId office) {
        return new MovementSettings(office, 0, "UTC", 30, ConvoyRules.standard(), STANDARD_SUPPORT_LEAD_DAYS);
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
        return new MovementSettings(id, newVersion, timeZone, leaderAfterMinutes, convoy, supportLeadDays);
    }
}

package io.vigil.kernel.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How Vigil writes an instant for people to read: the local time of the office's zone to the
 * minute, its abbreviation, and the IANA zone id, as {@code 2026-10-03 14:30 CST (America/Mexico_City)}
 * or {@code 2026-10-03 21:30 WAT (Africa/Bangui)}. Instants stay UTC in storage and in the JSON API;
 * reports, exports, rosters, message texts and the console write them this way.
 */
public final class LocalTimes {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);

    private LocalTimes() {
    }

    /**
     * The instant as the office's local date and time, its zone named: {@code 2026-10-03 14:30 CST (America/Mexico_City)};
     * in the offset {@code Z} (an office without a profile) {@code 2026-10-03 20:30 UTC (UTC)}.
     */
    public static String format(Instant at, ZoneId zone) {
        Objects.requireNonNull(at, "at");
        ZoneId named = named(zone);
        return MINUTE.format(at.atZone(named)) + " (" + named.getId() + ")";
    }

    /** The instant as the office's local time of day, for a text that names its day otherwise: {@code 14:30 CST}. */
    public static String clock(Instant at, ZoneId zone) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        return CLOCK.format(at.atZone(named(zone)));
    }

    /** The zone, the offset {@code Z} written as the zone {@code UTC}. */
    private static ZoneId named(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
    }

    /** The office's local day the instant falls on. */
    public static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(Objects.requireNonNull(zone, "zone")).toLocalDate();
    }
}

package io.vigil.kernel.passage;

import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Sunrise and sunset at a point on a local date of a time zone, computed with commons-suncalc
 * (the visual rise and set of the sun's upper limb, with refraction).
 */
public final class Daylight {
    private Daylight() {
    }

    /** The day's light from sunrise to sunset; empty where the sun neither rises nor sets that day. */
    public static Optional<Window> on(GeoPoint point, LocalDate date, ZoneId zone) {
        SunTimes times = SunTimes.compute().timezone(zone).on(date).at(point.latitude(), point.longitude())
                .oneDay().execute();
        if (times.isAlwaysUp()) {
            ZonedDateTime start = date.atStartOfDay(zone);
            return Optional.of(new Window(start.toInstant(), start.plusDays(1).toInstant()));
        }
        ZonedDateTime rise = times.getRise();
        ZonedDateTime set = times.getSet();
        if (times.isAlwaysDown() || rise == null || set == null || !set.isAfter(rise)) {
            return Optional.empty();
        }
        return Optional.of(new Window(rise.toInstant(), set.toInstant()));
    }

    /** Whether the instant falls between sunrise and sunset at the point, on its local date in the zone. */
    public static boolean light(GeoPoint point, Instant at, ZoneId zone) {
        return on(point, at.atZone(zone).toLocalDate(), zone).map(w -> w.contains(at)).orElse(false);
    }

    /** From sunrise to sunset. */
    public record Window(Instant sunrise, Instant sunset) {
        /** Whether the instant lies between sunrise and sunset, both included. */
        public boolean contains(Instant at) {
            return !at.isBefore(sunrise) && !at.isAfter(sunset);
        }
    }
}

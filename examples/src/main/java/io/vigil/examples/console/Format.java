package io.vigil.examples.console;

import io.vigil.kernel.time.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How the console writes instants and names: instants in the local time of the viewer's office, to
 * the minute, the zone named ({@link LocalTimes}); constants in words.
 */
public final class Format {
    /** The zone of the office whose viewer the page being rendered on this thread is for. */
    private static final ThreadLocal<ZoneId> ZONE = ThreadLocal.withInitial(() -> ZoneOffset.UTC);

    private Format() {
    }

    /** An instant as {@code 2026-12-01 19:00 CST (America/Mexico_City)}, in the viewer's office's zone. */
    public static String time(Instant at) {
        return LocalTimes.format(at, ZONE.get());
    }

    /** The zone {@link #time} writes in on this thread (UTC outside a signed-in request). */
    public static ZoneId zone() {
        return ZONE.get();
    }

    /** The zone {@link #time} writes in on this thread as people read it: its IANA id, the offset {@code Z} as {@code UTC}. */
    public static String zoneName() {
        return zoneName(ZONE.get());
    }

    /** A zone as people read it: its IANA id ({@code America/Mexico_City}), the offset {@code Z} as {@code UTC}. */
    static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** What {@code work} returns, the instants it formats written in {@code zone}. */
    static <T> T in(ZoneId zone, Supplier<T> work) {
        ZoneId before = ZONE.get();
        ZONE.set(zone);
        try {
            return work.get();
        } finally {
            ZONE.set(before);
        }
    }

    /** A constant's name in words: {@code WITH_WARDEN} as "with warden". */
    public static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A constant's name as a CSS class suffix: {@code WITH_WARDEN} as "with-warden". */
    public static String css(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

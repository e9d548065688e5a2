package io.vigil.examples.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes instants and names: UTC, to the minute; constants in words. */
public final class Format {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Format() {
    }

    /** An instant as {@code 2026-12-02 01:00 UTC}. */
    public static String time(Instant at) {
        return MINUTE.format(at);
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

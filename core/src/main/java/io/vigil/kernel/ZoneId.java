package io.vigil.kernel;

import java.util.regex.Pattern;

/** Identifies a warden zone of an office (for example {@code CDMX-NORTH}). */
public record ZoneId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public ZoneId {
        Require.nonNull(value, "zoneId");
        Require.that(FORMAT.matcher(value).matches(),
                "zoneId must be 1-64 letters, digits, '-' or '_', was '" + value + "'");
    }

    /** Parses a zone id. */
    public static ZoneId of(String value) {
        return new ZoneId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

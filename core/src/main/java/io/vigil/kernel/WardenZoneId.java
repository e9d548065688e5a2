package io.vigil.kernel;

import java.util.regex.Pattern;

/** Identifies a warden zone of an office (for example {@code CDMX-NORTH}). */
public record WardenZoneId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public WardenZoneId {
        Require.nonNull(value, "zoneId");
        Require.that(FORMAT.matcher(value).matches(),
                "zoneId", "must be 1-64 letters, digits, '-' or '_', was '" + value + "'");
    }

    /** Parses a zone id. */
    public static WardenZoneId of(String value) {
        return new WardenZoneId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

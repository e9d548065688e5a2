package io.vigil.kernel;

import java.util.regex.Pattern;

/** Identifies a country office, the unit every record belongs to (for example {@code MX-MEX}). */
public record OfficeId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    public OfficeId {
        Require.nonNull(value, "officeId");
        Require.that(FORMAT.matcher(value).matches(),
                "officeId", "must be 2-32 upper-case letters, digits or dashes, was '" + value + "'");
    }

    /** Parses an office id. */
    public static OfficeId of(String value) {
        return new OfficeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

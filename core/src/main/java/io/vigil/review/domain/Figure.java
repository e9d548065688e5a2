package io.vigil.review.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * One figure of a review: a stable key, its label, its value in its unit and the ids of the
 * records it counts (for a count, exactly as many as the value; for a rate or a time, the records
 * it was taken over).
 */
public record Figure(String key, String label, long value, Unit unit, List<String> records) {
    /** The most record ids one figure carries; a section refuses more (see {@code ReviewSource.MAX_RECORDS}). */
    public static final int MAX_RECORDS = 5000;

    /** What a figure's value is. */
    public enum Unit {
        /** A number of records. */
        COUNT,
        /** A whole percentage. */
        PERCENT,
        /** A whole number of hours. */
        HOURS
    }

    public Figure {
        key = Require.text(key, "key", 80);
        label = Require.text(label, "label", 200);
        Require.nonNull(unit, "unit");
        records = Require.noNulls(records, "records").stream().distinct().sorted().toList();
        Require.that(records.size() <= MAX_RECORDS, "records", "must be at most " + MAX_RECORDS);
        Require.that(unit != Unit.COUNT || value == records.size(), "value",
                "a count must equal the number of its records");
        Require.that(value >= 0, "value", "must not be negative");
    }

    /** A count of the records given. */
    public static Figure count(String key, String label, List<String> records) {
        List<String> distinct = records.stream().distinct().toList();
        return new Figure(key, label, distinct.size(), Unit.COUNT, distinct);
    }

    /** The value followed by its unit, as the renderings show it. */
    public String shown() {
        return shown(value, unit);
    }

    /** A value followed by its unit. */
    public static String shown(long value, Unit unit) {
        return switch (unit) {
            case COUNT -> Long.toString(value);
            case PERCENT -> value + " %";
            case HOURS -> value + " h";
        };
    }
}

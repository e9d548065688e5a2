package io.vigil.examples.console;

import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a request's fields, collecting every bad one, so a page or form with several bad fields
 * is refused once naming them all (400, as the API does).
 */
final class Fields {
    /** The longest value a console field accepts. */
    static final int MAX_LENGTH = 200;

    private final List<FieldViolation> bad = new ArrayList<>();

    /** The value, trimmed; empty when absent or blank; a value over {@link #MAX_LENGTH} is bad. */
    Optional<String> text(String field, String value) {
        return text(field, value, MAX_LENGTH);
    }

    /** The value, trimmed; empty when absent or blank; a value over {@code max} characters is bad. */
    Optional<String> text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() > max) {
            bad.add(new FieldViolation(field, "must be at most " + max + " characters"));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** The value as read by {@code parse}; empty when absent; a value it refuses is bad, "must be {@code expected}". */
    <T> Optional<T> parsed(String field, String value, Function<String, T> parse, String expected) {
        return text(field, value).flatMap(v -> {
            try {
                return Optional.of(parse.apply(v));
            } catch (RuntimeException e) {
                bad.add(new FieldViolation(field, "must be " + expected));
                return Optional.empty();
            }
        });
    }

    /**
     * A date and time typed in the office's {@code zone} ({@code 2026-12-02T06:30}, seconds optional), as a
     * {@code datetime-local} input sends it, read as the instant it names there; empty when absent. A
     * time the zone skips (its clocks going forward) is bad, the message saying that it does not exist
     * there; a time the zone has twice (its clocks going back) is the earlier of the two, at the offset
     * before the change.
     */
    Optional<Instant> localTime(String field, String value, ZoneId zone) {
        return text(field, value).flatMap(v -> {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(v);
            } catch (DateTimeParseException e) {
                bad.add(new FieldViolation(field, "must be a date and time in " + Format.zoneName(zone)
                        + " such as 2026-12-02T06:30"));
                return Optional.empty();
            }
            return localTime(field, local, zone);
        });
    }

    /** The instant a local date and time names in {@code zone}, as {@link #localTime(String, String, ZoneId)} reads it. */
    Optional<Instant> localTime(String field, LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition gap = zone.getRules().getTransition(local);
        if (gap != null && gap.isGap()) {
            bad.add(new FieldViolation(field, "names " + local + ", a local time that does not exist in "
                    + Format.zoneName(zone) + ": its clocks go forward from " + gap.getDateTimeBefore().toLocalTime()
                    + " to " + gap.getDateTimeAfter().toLocalTime() + " that day"));
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
    }

    /** A problem with a field the caller found itself (a value missing that another field requires, say). */
    void bad(String field, String message) {
        bad.add(new FieldViolation(field, message));
    }

    /** The value, which must be given. */
    Optional<String> required(String field, String value) {
        return required(field, value, MAX_LENGTH);
    }

    /** The value, which must be given, of at most {@code max} characters. */
    Optional<String> required(String field, String value, int max) {
        Optional<String> v = text(field, value, max);
        if (v.isEmpty() && (value == null || value.isBlank())) {
            bad.add(new FieldViolation(field, "must be given"));
        }
        return v;
    }

    /** The value as a whole number from {@code min} to {@code max}, which must be given. */
    Optional<Integer> number(String field, String value, int min, int max) {
        Optional<String> v = required(field, value);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // named below
        }
        bad.add(new FieldViolation(field, "must be a whole number from " + min + " to " + max));
        return Optional.empty();
    }

    /** The constant of {@code type} the value names (case-insensitive); empty when absent. */
    <E extends Enum<E>> Optional<E> choice(String field, String value, Class<E> type) {
        return text(field, value).flatMap(v -> {
            try {
                return Optional.of(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                bad.add(new FieldViolation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
                return Optional.empty();
            }
        });
    }

    /** The value as read by {@code parse} (an id's {@code of}); a value it refuses is bad. */
    <T> Optional<T> id(String field, String value, Function<String, T> parse) {
        return text(field, value).flatMap(v -> {
            try {
                return Optional.of(parse.apply(v));
            } catch (IllegalArgumentException e) {
                bad.add(new FieldViolation(field, "is not a valid identifier"));
                return Optional.empty();
            }
        });
    }

    /** Refuses with every bad field, if any. */
    void check() {
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(bad);
        }
    }
}

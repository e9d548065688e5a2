package io.vigil.kernel;

import java.util.List;
import java.util.Objects;

/** Invariant checks for compact constructors; every message names the offending field. */
public final class Require {
    private Require() {
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming {@code field}. */
    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** An unmodifiable copy of {@code values} (empty if null), or throws naming {@code field} if one is null. */
    public static <T> List<T> noNulls(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "must not contain null");
        }
        return List.copyOf(values);
    }

    /** Returns the trimmed {@code value}, or throws if it is null or blank. */
    public static String text(String value, String field) {
        nonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return trimmed;
    }

    /** Returns the trimmed {@code value} if it is at most {@code max} characters long, or throws. */
    public static String text(String value, String field, int max) {
        String trimmed = text(value, field);
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    /**
     * Throws {@link InvalidValueException} on {@code field} unless {@code condition} holds.
     *
     * @param reason what is wrong, without the field ("must be after validFrom")
     */
    public static void that(boolean condition, String field, String reason) {
        if (!condition) {
            throw new InvalidValueException(field, reason);
        }
    }

    /** Throws {@link IllegalArgumentException} with {@code message}, which names no one field, unless {@code condition} holds. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

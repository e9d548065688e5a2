package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;

/**
 * A breach of a labour standard: the rule, the guard (or post, for a wage), the dates and the
 * values. {@code key} ("SHIFT_LENGTH:B-104:2026-03-12") is stable, so an officer's waiver names it.
 */
public record LabourViolation(String key, String rule, String who, LocalDate from, LocalDate to, String values) {
    public LabourViolation {
        Require.text(key, "key");
        Require.text(rule, "rule");
        Require.text(who, "who");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.text(values, "values");
    }

    /** A violation keyed by its rule, who and first day. */
    public static LabourViolation of(String rule, String who, LocalDate from, LocalDate to, String values) {
        return new LabourViolation(rule + ":" + who + ":" + from, rule, who, from, to, values);
    }
}

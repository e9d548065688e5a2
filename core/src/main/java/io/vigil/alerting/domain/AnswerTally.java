package io.vigil.alerting.domain;

import io.vigil.kernel.Require;

/**
 * The answers to one communication test counted by person, without names: how many persons
 * answered, and how many of them said "needs help" in any of their answers (a later "safe" does not
 * take it back, as on the roll-call).
 */
public record AnswerTally(long answered, long needsHelp) {
    /** Nobody answered. */
    public static final AnswerTally NONE = new AnswerTally(0, 0);

    public AnswerTally {
        Require.that(answered >= 0, "answered", "must not be negative");
        Require.that(needsHelp >= 0 && needsHelp <= answered, "needsHelp", "must be between 0 and answered");
    }
}

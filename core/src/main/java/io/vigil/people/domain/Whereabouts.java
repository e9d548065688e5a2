package io.vigil.people.domain;

import io.vigil.kernel.Require;

/**
 * Where a person is at an instant, by the stays in the country recorded for them: in the country
 * (a stay covers the instant), abroad (stays are recorded, none covers it: departed, or not yet
 * arrived), or unknown from stays (none is recorded: typically national staff, who live in the
 * country and whose comings and goings are not tracked).
 */
public enum Whereabouts {
    IN_COUNTRY,
    ABROAD,
    NO_STAY_RECORDED;

    /** The whereabouts of someone with {@code stays} recorded stays, one of them covering the instant or not. */
    public static Whereabouts of(int stays, boolean covered) {
        Require.that(stays >= 0, "stays", "must not be negative");
        Require.that(!covered || stays > 0, "covered", "needs a stay");
        return covered ? IN_COUNTRY : stays > 0 ? ABROAD : NO_STAY_RECORDED;
    }
}

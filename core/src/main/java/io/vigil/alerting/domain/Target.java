package io.vigil.alerting.domain;

import io.vigil.kernel.Require;

/** What a communication test should reach: {@code percent} of its audience answered within {@code minutes}. */
public record Target(int percent, int minutes) {
    public Target {
        Require.that(percent >= 1 && percent <= 100, "percent", "must be between 1 and 100, was " + percent);
        Require.that(minutes >= 1 && minutes <= 7 * 24 * 60, "minutes", "must be between 1 and 10080, was " + minutes);
    }
}

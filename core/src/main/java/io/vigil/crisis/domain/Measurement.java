package io.vigil.crisis.domain;

import io.vigil.kernel.Require;

/** A time measured during a drill against its target, in seconds (building emptied in 250 s against 300 s). */
public record Measurement(String name, int measuredSeconds, int targetSeconds) {
    /** The longest time measured or targeted, in seconds (a day). */
    public static final int MAX_SECONDS = 86_400;

    public Measurement {
        name = Require.text(name, "name", 200);
        Require.that(measuredSeconds >= 0 && measuredSeconds <= MAX_SECONDS, "measuredSeconds",
                "must be between 0 and " + MAX_SECONDS);
        Require.that(targetSeconds >= 1 && targetSeconds <= MAX_SECONDS, "targetSeconds",
                "must be between 1 and " + MAX_SECONDS);
    }

    /** Whether the time measured is within the target. */
    public boolean met() {
        return measuredSeconds <= targetSeconds;
    }
}

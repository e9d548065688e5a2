package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * A critical function of the business continuity plan with its security inputs: the threats to it,
 * its alternate site, the fewest staff who keep it running, and its recovery time objective against
 * the maximum tolerable disruption, in hours.
 */
public record CriticalFunction(String name, List<String> threats, String alternateSite, int minimumStaff,
                               int recoveryTimeHours, int maxTolerableHours) {
    /** The most threats of a function. */
    public static final int MAX_THREATS = 20;
    /** The longest time, in hours (a year). */
    public static final int MAX_HOURS = 8_760;

    public CriticalFunction {
        name = Require.text(name, "name", 200);
        threats = Require.noNulls(threats, "threats").stream().map(t -> Require.text(t, "threats", 200)).toList();
        Require.that(threats.size() <= MAX_THREATS, "threats", "must be at most " + MAX_THREATS);
        alternateSite = Require.text(alternateSite, "alternateSite", 300);
        Require.that(minimumStaff >= 1 && minimumStaff <= 10_000, "minimumStaff", "must be between 1 and 10000");
        Require.that(recoveryTimeHours >= 1 && recoveryTimeHours <= MAX_HOURS, "recoveryTimeHours",
                "must be between 1 and " + MAX_HOURS);
        Require.that(maxTolerableHours >= 1 && maxTolerableHours <= MAX_HOURS, "maxTolerableHours",
                "must be between 1 and " + MAX_HOURS);
    }

    /** Whether recovery takes longer than the function can be down: a gap of the plan. */
    public boolean gap() {
        return recoveryTimeHours > maxTolerableHours;
    }
}

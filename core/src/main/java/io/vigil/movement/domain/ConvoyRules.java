package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * The office's convoy rules, as data: a movement of more than {@code leaderAbove} vehicles needs a
 * convoy leader; a movement has at most {@code maxVehicles}; and, when {@code radioLeadAndLast},
 * its lead and last vehicles carry a radio.
 */
public record ConvoyRules(int leaderAbove, int maxVehicles, boolean radioLeadAndLast) {
    public ConvoyRules {
        Require.that(leaderAbove >= 0 && leaderAbove <= Movement.MAX_VEHICLES, "leaderAbove",
                "must be between 0 and " + Movement.MAX_VEHICLES + ", was " + leaderAbove);
        Require.that(maxVehicles >= 1 && maxVehicles <= Movement.MAX_VEHICLES, "maxVehicles",
                "must be between 1 and " + Movement.MAX_VEHICLES + ", was " + maxVehicles);
    }

    /** The standard rules: a leader above five vehicles, at most eight, radios in the lead and last. */
    public static ConvoyRules standard() {
        return new ConvoyRules(5, 8, true);
    }

    /**
     * Every rule the movement breaks, each named, in the order above; empty when it keeps them all.
     *
     * @param vehicles the movement's vehicles in its order (the first leads, the last closes)
     */
    public List<String> broken(Movement movement, List<Vehicle> vehicles) {
        List<String> broken = new ArrayList<>();
        int n = vehicles.size();
        if (n > leaderAbove && movement.convoyLeader().isEmpty()) {
            broken.add("a convoy of " + n + " vehicles needs a convoy leader (more than " + leaderAbove + ")");
        }
        if (n > maxVehicles) {
            broken.add("a convoy has at most " + maxVehicles + " vehicles; this one has " + n);
        }
        if (radioLeadAndLast && n > 0) {
            if (!vehicles.get(0).radio()) {
                broken.add("the lead vehicle " + vehicles.get(0).plate() + " has no radio");
            }
            if (n > 1 && !vehicles.get(n - 1).radio()) {
                broken.add("the last vehicle " + vehicles.get(n - 1).plate() + " has no radio");
            }
        }
        return broken;
    }
}

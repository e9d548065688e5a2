package io.vigil.movement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a movement plan must keep before it is stored, as a pure policy: the office's convoy rules,
 * and every vehicle and driver fit through the arrival day in the office's time zone (insurance,
 * inspection, licence, driving check). It names every rule broken, in that order.
 */
public final class PlanRules {
    private PlanRules() {
    }

    /**
     * Every broken rule; empty when the plan keeps them all.
     *
     * @param vehicles the movement's vehicles in its order
     * @param drivers  the movement's drivers in its order
     */
    public static List<String> broken(Movement movement, List<Vehicle> vehicles, List<Driver> drivers,
                                      MovementSettings settings) {
        List<String> broken = new ArrayList<>(settings.convoy().broken(movement, vehicles));
        LocalDate lastDay = movement.arrival().atZone(settings.zone()).toLocalDate();
        for (Vehicle v : vehicles) {
            broken.addAll(v.problemsThrough(lastDay));
        }
        for (Driver d : drivers) {
            broken.addAll(d.problemsThrough(lastDay));
        }
        return broken;
    }
}

package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A vehicle of the office's fleet: its plate, whether it carries a radio, its insurance and
 * inspection dates and its equipment (first-aid kit, spare tyre, satellite phone, ...).
 */
public record Vehicle(VehicleId id, OfficeId office, long version, String plate, String description, boolean radio,
                      LocalDate insuredUntil, LocalDate inspectionDue, List<String> equipment)
        implements Versioned<VehicleId, Vehicle> {
    /** The most equipment items of one vehicle. */
    public static final int MAX_EQUIPMENT = 40;

    public Vehicle {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        plate = Require.text(plate, "plate", 20);
        description = Require.text(description, "description", 200);
        Require.nonNull(insuredUntil, "insuredUntil");
        Require.nonNull(inspectionDue, "inspectionDue");
        equipment = Require.noNulls(equipment, "equipment").stream().map(e -> Require.text(e, "equipment", 100))
                .toList();
        Require.that(equipment.size() <= MAX_EQUIPMENT, "equipment", "must be at most " + MAX_EQUIPMENT + " items");
    }

    /**
     * Why the vehicle may not be on the road through {@code lastDay} (the day a movement arrives, in
     * the office's time zone): insurance ending before it, an inspection due before it; empty when fit.
     */
    public List<String> problemsThrough(LocalDate lastDay) {
        List<String> problems = new ArrayList<>();
        if (insuredUntil.isBefore(lastDay)) {
            problems.add("vehicle " + plate + " is insured only until " + insuredUntil);
        }
        if (inspectionDue.isBefore(lastDay)) {
            problems.add("vehicle " + plate + " was due for inspection on " + inspectionDue);
        }
        return problems;
    }

    @Override
    public Vehicle withVersion(long newVersion) {
        return new Vehicle(id, office, newVersion, plate, description, radio, insuredUntil, inspectionDue, equipment);
    }
}

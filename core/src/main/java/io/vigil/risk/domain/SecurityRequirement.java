package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * One security requirement of a premises project's checklist, as data: its code (unique in the
 * checklist), its area and what it asks for. {@link #standard()} is the checklist a project gets
 * unless it brings its own.
 */
public record SecurityRequirement(String code, RequirementArea area, String description) {
    public SecurityRequirement {
        code = Require.text(code, "code", 40);
        Require.nonNull(area, "area");
        description = Require.text(description, "description", 1000);
    }

    /** The standard checklist: one requirement per area. */
    public static List<SecurityRequirement> standard() {
        return List.of(
                new SecurityRequirement("PER-1", RequirementArea.PERIMETER_AND_SETBACK,
                        "A continuous perimeter, and a stand-off of at least 15 m from the street to the building"),
                new SecurityRequirement("ACC-1", RequirementArea.ACCESS_CONTROL,
                        "One controlled pedestrian entrance with visitor screening and badges"),
                new SecurityRequirement("VEH-1", RequirementArea.VEHICLE_BARRIERS,
                        "Rated vehicle barriers at every vehicle entrance; no parking against the facade"),
                new SecurityRequirement("GLZ-1", RequirementArea.GLAZING_PROTECTION,
                        "Blast-resistant film or laminated glazing on every exterior window"),
                new SecurityRequirement("SAF-1", RequirementArea.SAFE_ROOM,
                        "A safe room for the staff on the premises, with water, first aid and two means of communication"),
                new SecurityRequirement("CCTV-1", RequirementArea.CCTV_COVERAGE,
                        "CCTV covering the perimeter, the entrances and the reception, recorded for 30 days"),
                new SecurityRequirement("ALM-1", RequirementArea.ALARM_AND_FIRE_LIFE_SAFETY,
                        "Intrusion alarm, fire detection and alarm, extinguishers and emergency lighting"),
                new SecurityRequirement("GRD-1", RequirementArea.GUARD_POSTS,
                        "Guard posts at the entrances with a line of sight to the approach"),
                new SecurityRequirement("EVA-1", RequirementArea.EVACUATION_AND_ASSEMBLY,
                        "Two marked evacuation routes per floor and an assembly point away from the building"),
                new SecurityRequirement("PWR-1", RequirementArea.POWER_AND_COMMUNICATIONS_REDUNDANCY,
                        "A generator with 72 hours of fuel and two independent communication links"));
    }
}

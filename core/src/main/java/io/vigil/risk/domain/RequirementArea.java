package io.vigil.risk.domain;

/** The areas a premises project's security requirements fall in. */
public enum RequirementArea {
    PERIMETER_AND_SETBACK, ACCESS_CONTROL, VEHICLE_BARRIERS, GLAZING_PROTECTION, SAFE_ROOM, CCTV_COVERAGE,
    ALARM_AND_FIRE_LIFE_SAFETY, GUARD_POSTS, EVACUATION_AND_ASSEMBLY, POWER_AND_COMMUNICATIONS_REDUNDANCY
}

package io.vigil.risk.domain;

/** What a restricted or high-risk area demands of anyone moving into or through it. */
public enum MovementRule {
    /** No movement at all. */
    FORBIDDEN,
    /** Only with a security clearance for the trip. */
    CLEARANCE_NEEDED,
    /** Only with an escort. */
    ESCORT_NEEDED,
    /** Only between sunrise and sunset. */
    DAYLIGHT_ONLY
}

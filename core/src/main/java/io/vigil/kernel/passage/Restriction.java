package io.vigil.kernel.passage;

/** A movement rule of a restricted area (the risk context's movement rules, by name). */
public enum Restriction {
    FORBIDDEN, CLEARANCE_NEEDED, ESCORT_NEEDED, DAYLIGHT_ONLY
}

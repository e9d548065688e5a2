package io.vigil.incident.domain;

/** How badly an asset was damaged. */
public enum Damage {
    NONE, MINOR, MAJOR, DESTROYED
}

package io.vigil.crisis.domain;

/** What a declaration moves people to: a safer place in the country, or out of it. */
public enum RelocationKind {
    /** Moving personnel and dependents to a safer place within the country. */
    RELOCATION,
    /** Moving them out of the country. */
    EVACUATION
}

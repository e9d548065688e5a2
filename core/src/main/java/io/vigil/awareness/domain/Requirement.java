package io.vigil.awareness.domain;

/** Who must hold a course. */
public enum Requirement {
    /** Every person of the office but dependents (BSAFE). */
    ALL,
    /** Every person located in one of the course's designated areas, dependents excepted (SSAFE). */
    DESIGNATED_AREAS,
    /** Nobody: offered, recorded, never reported missing. */
    OPTIONAL
}

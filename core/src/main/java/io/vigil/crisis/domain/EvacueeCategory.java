package io.vigil.crisis.domain;

/**
 * Whom a relocation list orders: the categories of personnel of the people context
 * ({@code PersonCategory}), by the same names, so an office's priority order is data over them.
 */
public enum EvacueeCategory {
    /** A family member of a sponsor. */
    DEPENDENT,
    /** A member of a mission visiting the office. */
    MISSION_VISITOR,
    /** A consultant. */
    CONSULTANT,
    /** Internationally recruited staff. */
    INTERNATIONAL_STAFF,
    /** Nationally recruited staff. */
    NATIONAL_STAFF
}

package io.vigil.people.domain;

/** The kinds of personnel an office is responsible for. */
public enum PersonCategory {
    NATIONAL_STAFF,
    INTERNATIONAL_STAFF,
    CONSULTANT,
    /** A family member of a sponsor; always has one. */
    DEPENDENT,
    MISSION_VISITOR
}

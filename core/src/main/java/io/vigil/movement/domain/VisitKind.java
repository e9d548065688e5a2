package io.vigil.movement.domain;

/** What kind of protective operation a visit is. */
public enum VisitKind {
    SENIOR_OFFICIAL_VISIT, CONFERENCE, FIELD_VISIT, RETREAT
}

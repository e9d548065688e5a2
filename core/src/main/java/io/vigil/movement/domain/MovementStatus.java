package io.vigil.movement.domain;

/** Where a movement stands at an instant. */
public enum MovementStatus {
    /** Not yet departed. */
    PLANNED,
    /** Departed, calling in on schedule. */
    UNDER_WAY,
    /** Departed, and the deadline of its next call-in has passed. */
    OVERDUE,
    /** Its arrival is recorded; tracking has ended. */
    ARRIVED
}

package io.vigil.liaison.domain;

/** What changed in an action item. */
public enum ActionField {
    /** The person who owns it. */
    OWNER,
    /** Its due date. */
    DUE,
    /** Its status. */
    STATUS
}

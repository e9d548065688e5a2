package io.vigil.liaison.domain;

/** Where an action item stands. */
public enum ActionStatus {
    /** Not started. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** No longer needed. */
    DROPPED;

    /** Whether an item of this status still has to be done (open or in progress). */
    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}

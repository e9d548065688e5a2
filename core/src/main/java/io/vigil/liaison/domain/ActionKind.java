package io.vigil.liaison.domain;

/** Where an action item comes from. */
public enum ActionKind {
    /** Raised at a meeting, which it names. */
    MEETING_ACTION,
    /** A task the officer gave a field security associate they supervise. */
    ASSOCIATE_TASK
}

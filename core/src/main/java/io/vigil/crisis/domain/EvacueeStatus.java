package io.vigil.crisis.domain;

/**
 * Where a person on a relocation list stands. {@link #ARRIVED} and {@link #STAYS} account for them;
 * the others leave them to be accounted for.
 */
public enum EvacueeStatus {
    /** Still to be moved (the state every person starts in). */
    TO_MOVE,
    /** On the way: picked up, left the area. */
    MOVED,
    /** At the safe haven. */
    ARRIVED,
    /** Not found where the locator placed them (with the reason); still to be accounted for. */
    NOT_FOUND,
    /** Stays behind, by decision (with the reason): accounted for. */
    STAYS;

    /** Whether the person is accounted for in this state. */
    public boolean accountedFor() {
        return this == ARRIVED || this == STAYS;
    }

    /** Whether recording this state needs a note saying why. */
    public boolean needsReason() {
        return this == NOT_FOUND || this == STAYS;
    }
}

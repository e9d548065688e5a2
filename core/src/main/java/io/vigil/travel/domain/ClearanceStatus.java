package io.vigil.travel.domain;

/** Where a clearance stands. */
public enum ClearanceStatus {
    /** Waiting for a security officer's decision. */
    PENDING,
    /** Waiting for a decision above the security officer (the level of its last rules decision). */
    ESCALATED,
    /** Approved by the rules alone. */
    AUTO_APPROVED,
    /** Approved by a person, with a reason. */
    APPROVED,
    /** Denied, by the rules or by a person. */
    DENIED,
    /** Was approved, and the rules now deny it: an input changed before the trip ended. */
    REVOKED;

    /** Whether the trip may go ahead. */
    public boolean cleared() {
        return this == AUTO_APPROVED || this == APPROVED;
    }

    /** Whether a decision is still to come. */
    public boolean open() {
        return this == PENDING || this == ESCALATED;
    }

    /** Whether the clearance is still re-decided when its inputs change (cleared or open). */
    public boolean live() {
        return cleared() || open();
    }
}

package io.vigil.crisis.domain;

/** A team member's answer to an activation. */
public enum MemberAnswer {
    /** On the way, or on the call: the member takes their seat. */
    AVAILABLE,
    /** Cannot take their seat now: the alternate stands in. */
    UNAVAILABLE
}

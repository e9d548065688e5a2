package io.vigil.guard.domain;

/** The officer's decision, in a performance review, on extending the contract. */
public enum ExtensionDecision {
    /** Extend the contract. */
    EXTEND,
    /** Do not extend the contract. */
    DO_NOT_EXTEND,
    /** Not decided yet. */
    UNDECIDED
}

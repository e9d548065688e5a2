package io.vigil.liaison.domain;

/** What management decided on a piece of advice. */
public enum DecisionOutcome {
    /** Accepted as given. */
    ACCEPTED,
    /** Accepted in part. */
    PARTLY_ACCEPTED,
    /** Declined. */
    DECLINED
}

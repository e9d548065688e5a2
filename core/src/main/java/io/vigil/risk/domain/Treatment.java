package io.vigil.risk.domain;

/** What the office does about a risk. */
public enum Treatment {
    /** Live with it as it is. */
    ACCEPT,
    /** Reduce it with security risk management measures. */
    CONTROL,
    /** Stop the exposed activity. */
    AVOID,
    /** Let another party carry it (insurance, a partner, a contractor). */
    TRANSFER
}

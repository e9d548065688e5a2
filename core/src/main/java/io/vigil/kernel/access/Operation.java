package io.vigil.kernel.access;

/** What an actor wants to do with a piece of data. */
public enum Operation {
    READ,
    WRITE,
    /** Give a decision its authority (approve a risk assessment); a security officer's act. */
    APPROVE
}

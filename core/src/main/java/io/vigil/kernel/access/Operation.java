package io.vigil.kernel.access;

/** What an actor wants to do with a piece of data. */
public enum Operation {
    READ,
    WRITE
}

package io.vigil.liaison.domain;

/** What a series of meetings is. */
public enum SeriesKind {
    /** The office's security cell. */
    SECURITY_CELL,
    /** The security management team. */
    SMT,
    /** A security coordination meeting (UNDSS, the host government, the missions). */
    SECURITY_COORDINATION,
    /** A working group. */
    WORKING_GROUP
}

package io.vigil.crisis.domain;

/** A seat of the crisis management team. */
public enum TeamRole {
    /** Leads the team and decides (usually the head of office). */
    LEADER,
    /** Operations and logistics: transport, premises, supplies. */
    OPERATIONS,
    /** Human resources: personnel, dependents, welfare. */
    HR,
    /** Communications: staff, families, media, headquarters. */
    COMMUNICATIONS,
    /** Finance: emergency cash, payments, contracts. */
    FINANCE,
    /** The security focal point: advises the team and runs the security measures. */
    SECURITY_FOCAL_POINT
}

package io.vigil.risk.domain;

/** The security officer's advice on a phase of a premises project. */
public enum AdviceDecision {
    APPROVE, APPROVE_WITH_CONDITIONS, DO_NOT_APPROVE
}

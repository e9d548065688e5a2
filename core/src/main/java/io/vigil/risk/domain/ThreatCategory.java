package io.vigil.risk.domain;

/** The five threat categories of a security risk assessment. */
public enum ThreatCategory {
    ARMED_CONFLICT, TERRORISM, CRIME, CIVIL_UNREST, HAZARDS
}

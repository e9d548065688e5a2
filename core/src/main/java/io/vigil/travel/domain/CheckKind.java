package io.vigil.travel.domain;

/** The checks of a clearance decision, in the fixed order every decision lists them. */
public enum CheckKind {
    TRAINING, AREA_RULES, RISK, AIR, LEAD_TIME
}

package io.vigil.crisis.domain;

/**
 * The measures to avoid risk, in their usual order of escalation: alternate work modalities first
 * (office closure, work from home, dependents stay home), then relocation, then evacuation.
 */
public enum MeasureKind {
    OFFICE_CLOSURE, WORK_FROM_HOME, DEPENDENTS_STAY_HOME, RELOCATION, EVACUATION
}

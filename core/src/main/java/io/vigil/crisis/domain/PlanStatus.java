package io.vigil.crisis.domain;

/** Where a version of the plan stands: drafted, approved (the plan in force), or superseded by a later one. */
public enum PlanStatus {
    DRAFT, APPROVED, SUPERSEDED
}

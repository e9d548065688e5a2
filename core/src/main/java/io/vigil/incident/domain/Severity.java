package io.vigil.incident.domain;

/**
 * How grave an incident is. A {@code CRITICAL} incident needs a flash report at once and a written
 * report within 24 hours; {@code SERIOUS} and {@code MODERATE} ones a written report within 48
 * hours; a {@code MINOR} one none, unless its subtype is always reportable (a road traffic crash).
 */
public enum Severity {
    MINOR, MODERATE, SERIOUS, CRITICAL
}

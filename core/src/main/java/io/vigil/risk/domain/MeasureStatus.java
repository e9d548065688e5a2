package io.vigil.risk.domain;

/** Where a security risk management measure stands. */
public enum MeasureStatus {
    PLANNED, IN_PROGRESS, IMPLEMENTED, CANCELLED
}

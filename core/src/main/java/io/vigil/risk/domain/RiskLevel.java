package io.vigil.risk.domain;

/** A risk's level, read from the risk matrix, lowest first. */
public enum RiskLevel {
    VERY_LOW, LOW, MEDIUM, HIGH, VERY_HIGH, UNACCEPTABLE
}

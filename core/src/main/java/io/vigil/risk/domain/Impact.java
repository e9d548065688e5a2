package io.vigil.risk.domain;

/** How badly a materialised threat would hurt personnel, premises or the programme, lowest first. */
public enum Impact {
    NEGLIGIBLE, MINOR, MODERATE, SEVERE, CRITICAL
}

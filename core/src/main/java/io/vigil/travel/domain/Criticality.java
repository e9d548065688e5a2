package io.vigil.travel.domain;

/**
 * The programme criticality a trip serves, PC1 highest; the same scale as the risk context's
 * programme criticality, by name.
 */
public enum Criticality {
    PC1, PC2, PC3, PC4
}

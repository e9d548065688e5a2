package io.vigil.risk.domain;

/** How critical a programme is, PC1 highest: the more critical, the more residual risk it may accept. */
public enum ProgrammeCriticality {
    PC1, PC2, PC3, PC4;

    /** Whether this programme is at least as critical as {@code other} (PC1 is the most critical). */
    public boolean atLeast(ProgrammeCriticality other) {
        return ordinal() <= other.ordinal();
    }
}

package io.vigil.risk.domain;

/** Who must approve going ahead despite a high residual risk. */
public enum ApprovalLevel {
    /** The head of the country office (the designated official in the UN system). */
    COUNTRY_REPRESENTATIVE,
    /** The organisation's executive head. */
    EXECUTIVE_HEAD
}

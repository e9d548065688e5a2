package io.vigil.travel.domain;

/** What one check found, from best to worst; {@code NOTED} informs and never changes the verdict. */
public enum CheckOutcome {
    PASSED, NOTED, NEEDS_APPROVAL, DENIED
}

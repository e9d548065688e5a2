package io.vigil.kernel.passage;

/** What the rules of passage found for one rule or one passage, from best to worst. */
public enum PassageOutcome {
    PASSED, NEEDS_APPROVAL, DENIED
}

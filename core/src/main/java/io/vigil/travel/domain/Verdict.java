package io.vigil.travel.domain;

/** What the rules decide about a clearance request, best first. */
public enum Verdict {
    AUTO_APPROVED, NEEDS_APPROVAL, DENIED
}

package io.vigil.guard.domain;

/** What went wrong on a post. */
public enum IssueType {
    /** Nobody stood the post (absence): the hours affected are unfilled. */
    POST_UNFILLED(true),
    /** The relief came late: the hours affected are unfilled. */
    LATE_RELIEF(true),
    SLEEPING_ON_POST(false),
    IMPROPER_UNIFORM(false),
    /** A guard without a required qualification stood the post (the roster shows the hours). */
    UNQUALIFIED_GUARD(false),
    ABANDONED_POST(true),
    MISSING_EQUIPMENT(false),
    OTHER(false);

    private final boolean unfills;

    IssueType(boolean unfills) {
        this.unfills = unfills;
    }

    /** Whether the issue's hours count as unfilled (not payable). */
    public boolean unfills() {
        return unfills;
    }
}

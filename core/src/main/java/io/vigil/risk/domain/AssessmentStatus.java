package io.vigil.risk.domain;

/** The names of a security risk assessment's lifecycle states ({@link AssessmentState}), as stored and shown. */
public enum AssessmentStatus {
    /** Being written; the only state in which it may change. */
    DRAFT,
    /** Submitted for approval. */
    IN_REVIEW,
    /** In force until its review date, or until superseded. */
    APPROVED,
    /** Replaced by a newer assessment; kept as a record. */
    SUPERSEDED
}

package io.vigil.documents.domain;

/** What a security document is. Procedures and policies are the documents staff acknowledge. */
public enum DocumentKind {
    /** A standard operating procedure (movement, visitor access, bomb threat, earthquake, ...). */
    SOP,
    /** A security policy of the office. */
    POLICY,
    /** The list of restricted and high-risk areas: generated from the risk context on every read; stored only as a snapshot when disseminated. */
    RESTRICTED_AREAS,
    /** Contingency planning material (plans, checklists, maps). */
    CONTINGENCY,
    /** A contact sheet (emergency numbers, the security team, hospitals). */
    CONTACT_SHEET;

    /** Whether staff it applies to must acknowledge its current version. */
    public boolean procedure() {
        return this == SOP || this == POLICY;
    }

    /** Whether its content is generated on read rather than uploaded. */
    public boolean generated() {
        return this == RESTRICTED_AREAS;
    }
}

package io.vigil.kernel.access;

/** What an actor is to the security programme; an actor may hold several. */
public enum Role {
    /** The country security officer: reads and changes everything in the office. */
    SECURITY_OFFICER,
    /** An associate of the officer: reads and changes personnel data, not the audit trail. */
    SECURITY_ASSOCIATE,
    /** A warden: reads profile, contact and residence of the persons in their zones. */
    WARDEN,
    /** A manager (COM, DO, head of unit): headcounts and names, never addresses or movements. */
    MANAGER,
    /** A staff member acting for themself: their own records and their dependents'. */
    STAFF,
    /** The 24/7 security operations centre: reads every office, reports positions. */
    SOC_OPERATOR,
    /** A system integration (HR feed, roster sync): writes personnel data, reads profiles. */
    INTEGRATION,
    /**
     * A guard-force vendor's integration: submits its own contract's rosters and invoices, sees
     * nothing else, and is no member of the office (data open to members is closed to it).
     */
    VENDOR
}

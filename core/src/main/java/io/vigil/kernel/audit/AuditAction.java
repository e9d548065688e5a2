package io.vigil.kernel.audit;

/** What an audited actor did. */
public enum AuditAction {
    READ,
    LIST,
    LOCATE,
    CREATE,
    UPDATE,
    DELETE,
    IMPORT
}

package io.vigil.documents.domain;

/**
 * Who may read a document: each classification is a data class of its own, so the access
 * policy decides (need-to-know as everywhere else) and every read is audited.
 */
public enum Classification {
    /** Every member of the office. */
    OFFICE(DocumentsData.OFFICE_DOCUMENTS),
    /** The security team (officer and associates) and the office's managers. */
    SECURITY(DocumentsData.SECURITY_DOCUMENTS),
    /** The security officer alone. */
    RESTRICTED(DocumentsData.RESTRICTED_DOCUMENTS);

    private final DocumentsData data;

    Classification(DocumentsData data) {
        this.data = data;
    }

    /** The data class the access policy decides a read of such a document by. */
    public DocumentsData data() {
        return data;
    }
}
